/** Relevance evaluation: judged query files run through the real search code, with IR metrics. */
package lcs.eval;
