/**
 * The HTTP edge: routes, handlers that parse, delegate and render, the mapping of typed errors to
 * JSON responses, metrics, and the {@code lcs serve} entry point.
 */
package lcs.http;
