package lcs.corpus;

import java.util.List;

/** The corpus has problems and the build was refused; the index in place is untouched. */
public final class InvalidCorpusException extends Exception {
    private final List<Problem> problems;
    private final long problemCount;

    public InvalidCorpusException(List<Problem> problems, long problemCount) {
        super(problemCount + " invalid record(s) in the corpus; the index was not changed");
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** The first problems found (at most a few hundred are kept). */
    public List<Problem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }
}
