/**
 * Deterministic synthetic corpora and query mixes for load and relevance experiments ({@code lcs
 * generate}): invented cities in real UNESCO countries, Zipf-distributed text in eight languages.
 */
package lcs.synth;
