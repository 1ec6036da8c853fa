/**
 * From what a visitor typed to a Lucene query: request validation ({@link lcs.query.SearchRequest}),
 * web-style query syntax ({@link lcs.query.UserQuery}), aliases and the ranking query itself
 * ({@link lcs.query.QueryFactory}).
 */
package lcs.query;
