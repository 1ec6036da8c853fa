/** The service's one immutable configuration, read from flags and environment variables. */
package lcs.config;
