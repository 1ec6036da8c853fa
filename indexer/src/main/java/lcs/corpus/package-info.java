/** Reading and validating the JSON Lines corpus into {@link lcs.corpus.CorpusRecord}s. */
package lcs.corpus;
