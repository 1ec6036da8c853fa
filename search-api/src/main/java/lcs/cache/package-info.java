/** The response cache: search answers keyed by the normalized request, emptied on reindex. */
package lcs.cache;
