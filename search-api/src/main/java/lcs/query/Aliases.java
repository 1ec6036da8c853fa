package lcs.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lcs.corpus.Countries;
import lcs.query.UserQuery.Clause;
import lcs.query.UserQuery.Occur;
import lcs.query.UserQuery.Term;
import lcs.schema.Schema;
import lcs.schema.Tokens;

/**
 * Alias and exonym groups for city and country names ({@code corpus/aliases.txt}, Solr synonym
 * format: equivalent names separated by commas, one group per line; the country groups come from
 * {@code corpus/countries.tsv}). Applied to queries only, so
 * the table can grow without reindexing. Names are compared after the neutral analysis: case,
 * accents and punctuation do not matter.
 */
public final class Aliases {
    private final Map<List<String>, Integer> groupOf;
    private final List<List<Name>> groups;
    /** The most words of a name: a run of typed words longer than this names nothing. */
    private final int maxWords;

    /** A name as written and as the neutral analyzer reads it, analysed once when the table is built. */
    private record Name(String text, List<String> tokens) {}

    private Aliases(Map<List<String>, Integer> groupOf, List<List<Name>> groups) {
        this.groupOf = Map.copyOf(groupOf);
        this.groups = List.copyOf(groups);
        this.maxWords = groupOf.keySet().stream().mapToInt(List::size).max().orElse(0);
    }

    public static Aliases none() {
        return new Aliases(Map.of(), List.of());
    }

    /** The table bundled with the indexer jar, with a group for each country of {@code countries.tsv}. */
    public static Aliases bundled() {
        try (var in = Aliases.class.getResourceAsStream("/lcs/aliases.txt")) {
            if (in == null) {
                return none();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8) + countryGroups());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A table from a file, with a group for each country of {@code countries.tsv}. */
    public static Aliases load(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8) + countryGroups());
    }

    /** Each country's names (countries.tsv) as alias lines, after the file's: a name the file gives a group keeps it. */
    private static String countryGroups() {
        var text = new StringBuilder("\n");
        Countries.bundled()
                .aliasGroups()
                .forEach(g -> text.append(String.join(", ", g)).append('\n'));
        return text.toString();
    }

    static Aliases parse(String text) {
        var groups = new ArrayList<List<String>>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                groups.add(List.of(l.split(",")));
            }
        }
        return of(groups);
    }

    /**
     * Aliases from groups of equivalent names given by another source (such as a table of country
     * names in several languages). Names are stripped; empty ones, and groups left with fewer than
     * two names, are ignored. A name in several groups belongs to the first.
     */
    public static Aliases of(List<List<String>> nameGroups) {
        var groupOf = new HashMap<List<String>, Integer>();
        var groups = new ArrayList<List<Name>>();
        for (List<String> group : nameGroups) {
            var names = new ArrayList<Name>();
            for (String name : group) {
                String n = name.strip();
                List<String> tokens = n.isEmpty() ? List.of() : Tokens.of(Schema.neutralAnalyzer(), Schema.TITLE, n);
                if (!tokens.isEmpty()) {
                    names.add(new Name(n, tokens));
                }
            }
            if (names.size() < 2) {
                continue;
            }
            int id = groups.size();
            groups.add(List.copyOf(names));
            for (Name n : names) {
                groupOf.putIfAbsent(n.tokens(), id);
            }
        }
        return new Aliases(groupOf, groups);
    }

    /** These aliases and then another source's groups (a name already known keeps its group). */
    public Aliases plus(List<List<String>> moreGroups) {
        var all = new ArrayList<List<String>>();
        groups.forEach(g -> all.add(texts(g)));
        all.addAll(moreGroups);
        return of(all);
    }

    public int size() {
        return groups.size();
    }

    /** The names of the alias group that holds this name (as the neutral analyzer folds it), or none. */
    public List<String> namesOf(String name) {
        Integer g = groupOf.get(Tokens.of(Schema.neutralAnalyzer(), Schema.TITLE, name));
        return g == null ? List.of() : texts(groups.get(g));
    }

    private static List<String> texts(List<Name> names) {
        return names.stream().map(Name::text).toList();
    }

    /** True if the word (as the neutral analyzer folds it) is a name of some alias group. */
    public boolean knows(String word) {
        return groupOf.containsKey(Tokens.of(Schema.neutralAnalyzer(), Schema.TITLE, word));
    }

    /** Expands each term of a clause that alone names an alias (in OR groups and exclusions too). */
    private Clause expandTerms(Clause c) {
        var anyOf = new ArrayList<Term>();
        boolean changed = false;
        for (Term t : c.anyOf()) {
            anyOf.add(t);
            List<String> typed = Tokens.of(Schema.neutralAnalyzer(), Schema.TITLE, t.text());
            Integer g = groupOf.get(typed);
            if (g != null) {
                anyOf.addAll(otherNames(g, typed));
                changed = true;
            }
        }
        return changed ? new Clause(anyOf, c.occur()) : c;
    }

    /**
     * The names of a group as phrases, but for those that read as the name typed: each would be
     * searched again for nothing.
     */
    private List<Term> otherNames(int group, List<String> typed) {
        var names = new ArrayList<Term>();
        for (Name name : groups.get(group)) {
            if (!name.tokens().equals(typed)) {
                names.add(new Term(name.text(), true));
            }
        }
        return names;
    }

    /**
     * Replaces each run of words (or a phrase) that names an alias with one clause matching any
     * name of its group, each name as a phrase. Longest match wins. Runs typed without spaces in
     * Chinese and similar scripts should be split into words first ({@link Segmentation}), so that a
     * name inside them is found.
     */
    public UserQuery expand(UserQuery query) {
        if (groups.isEmpty()) {
            return query;
        }
        List<Clause> in = query.clauses();
        // Each clause's first term analysed once, not once per run it may start or continue.
        List<List<String>> analysed = in.stream()
                .map(c -> Tokens.of(
                        Schema.neutralAnalyzer(), Schema.TITLE, c.anyOf().get(0).text()))
                .toList();
        var out = new ArrayList<Clause>();
        int i = 0;
        while (i < in.size()) {
            int matchedEnd = -1;
            int group = -1;
            var tokens = new ArrayList<String>();
            List<String> matched = List.of();
            for (int j = i; j < in.size() && tokens.size() < maxWords; j++) {
                Clause c = in.get(j);
                if (c.anyOf().size() != 1
                        || c.occur() == Occur.MUST_NOT
                        || c.occur() != in.get(i).occur()
                        || (j > i && c.anyOf().get(0).phrase())) {
                    break;
                }
                tokens.addAll(analysed.get(j));
                Integer g = groupOf.get(tokens);
                if (g != null) {
                    matchedEnd = j;
                    group = g;
                    matched = List.copyOf(tokens);
                }
                if (c.anyOf().get(0).phrase()) {
                    break;
                }
            }
            if (matchedEnd < 0) {
                out.add(expandTerms(in.get(i++)));
                continue;
            }
            var typed = new StringBuilder();
            for (int j = i; j <= matchedEnd; j++) {
                typed.append(j > i ? " " : "").append(in.get(j).anyOf().get(0).text());
            }
            var anyOf = new ArrayList<Term>();
            anyOf.add(new Term(
                    typed.toString(), matchedEnd > i || in.get(i).anyOf().get(0).phrase()));
            anyOf.addAll(otherNames(group, matched));
            out.add(new Clause(anyOf, in.get(i).occur()));
            i = matchedEnd + 1;
        }
        return new UserQuery(out, query.trailingWord() && out.size() == in.size());
    }
}
