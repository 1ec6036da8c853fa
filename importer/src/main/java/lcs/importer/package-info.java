/**
 * {@code lcs import}: turns web pages, text extractions, PDFs, URLs and sitemaps into corpus records
 * that {@code lcs index} takes unchanged. Kept out of the served modules: the server never imports.
 */
package lcs.importer;
