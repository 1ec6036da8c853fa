/**
 * Running searches over the current index snapshot: ranked hits with snippets, disjunctive facet
 * counts, suggestions, documents and related documents; and swapping snapshots when the index on
 * disk changes.
 */
package lcs.search;
