/** Building a Lucene index from a corpus, atomically, with a manifest in the commit. */
package lcs.index;
