package lcs.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Which ranking techniques a search uses: one switch per technique. The service always uses {@link #ALL}; {@code lcs eval
 * --ablation} switches each off in turn to measure what it adds.
 */
public record RankingSwitches(
        boolean stemming, boolean fuzzy, boolean prefix, boolean coordination, boolean proximity, boolean aliases) {

    public static final RankingSwitches ALL = new RankingSwitches(true, true, true, true, true, true);

    /** The technique names {@link #without} accepts. */
    public static final List<String> TECHNIQUES =
            List.of("stemming", "fuzzy", "prefix", "coordination", "proximity", "aliases");

    public RankingSwitches without(String technique) {
        return switch (technique.toLowerCase(Locale.ROOT)) {
            case "stemming" -> new RankingSwitches(false, fuzzy, prefix, coordination, proximity, aliases);
            case "fuzzy" -> new RankingSwitches(stemming, false, prefix, coordination, proximity, aliases);
            case "prefix" -> new RankingSwitches(stemming, fuzzy, false, coordination, proximity, aliases);
            case "coordination" -> new RankingSwitches(stemming, fuzzy, prefix, false, proximity, aliases);
            case "proximity" -> new RankingSwitches(stemming, fuzzy, prefix, coordination, false, aliases);
            case "aliases" -> new RankingSwitches(stemming, fuzzy, prefix, coordination, proximity, false);
            default ->
                throw new IllegalArgumentException(
                        "unknown technique " + technique + " (one of " + String.join(", ", TECHNIQUES) + ")");
        };
    }

    @Override
    public String toString() {
        var off = Arrays.stream(getClass().getRecordComponents())
                .filter(c -> {
                    try {
                        return !(boolean) c.getAccessor().invoke(this);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .map(c -> c.getName())
                .toList();
        return off.isEmpty() ? "all techniques" : "without " + String.join(", ", off);
    }
}
