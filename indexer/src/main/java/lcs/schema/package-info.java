/**
 * The one index schema: field names, per-language analyzers and the facet configuration, shared by
 * the indexer and the search service so that both sides always analyse text the same way.
 */
package lcs.schema;
