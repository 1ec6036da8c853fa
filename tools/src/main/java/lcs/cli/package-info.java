/** The {@code lcs} command line: one root command whose subcommands live next to the code they run. */
package lcs.cli;
