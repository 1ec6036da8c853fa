/**
 * Privacy-first search analytics: signed query ids, the events the page and widget report, a
 * bounded queue with a batch writer, storage over plain JDBC (SQLite or PostgreSQL, one set of SQL
 * and migrations), retention and daily roll-ups, and the report read by the admin view and
 * {@code lcs analytics}. Nothing here knows an address, a cookie or a user agent.
 */
package lcs.analytics;
