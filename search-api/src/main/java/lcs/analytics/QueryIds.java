package lcs.analytics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies the {@code queryId} of a search answer: the issue time and 12 random bytes,
 * signed with HMAC-SHA256. Any replica holding the same key can verify an id another issued, without
 * shared state; an id is accepted for {@link #MAX_AGE} after it was issued. Thread-safe.
 */
public final class QueryIds {
    public static final Duration MAX_AGE = Duration.ofHours(1);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public QueryIds(byte[] key, Clock clock) {
        if (key.length < 32) {
            throw new IllegalArgumentException("the analytics key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.clock = clock;
    }

    /** A verified id: its random part names one search answer; {@code issued} is when. */
    public record Verified(String nonce, Instant issued) {}

    /** A fresh id for one search answer. */
    public String issue() {
        var body = ByteBuffer.allocate(8 + NONCE_BYTES);
        body.putLong(clock.instant().getEpochSecond());
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        body.put(nonce);
        byte[] b = body.array();
        return B64.encodeToString(b) + "." + B64.encodeToString(tag(b));
    }

    /** The id's nonce and time if it is well-formed, signed with our key, and at most an hour old. */
    public Optional<Verified> verify(String id) {
        if (id == null || id.length() > 64) {
            return Optional.empty();
        }
        int dot = id.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        byte[] body;
        byte[] tag;
        try {
            body = B64D.decode(id.substring(0, dot));
            tag = B64D.decode(id.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // Only the one canonical spelling: base64's spare bits would otherwise let several strings pass.
        if (body.length != 8 + NONCE_BYTES
                || !B64.encodeToString(body).equals(id.substring(0, dot))
                || !B64.encodeToString(tag).equals(id.substring(dot + 1))
                || !MessageDigest.isEqual(tag, tag(body))) {
            return Optional.empty();
        }
        var buf = ByteBuffer.wrap(body);
        Instant issued = Instant.ofEpochSecond(buf.getLong());
        Instant now = clock.instant();
        // A minute of clock skew between replicas is tolerated.
        if (issued.isAfter(now.plusSeconds(60)) || issued.isBefore(now.minus(MAX_AGE))) {
            return Optional.empty();
        }
        byte[] nonce = new byte[NONCE_BYTES];
        buf.get(nonce);
        return Optional.of(new Verified(HexFormat.of().formatHex(nonce), issued));
    }

    private byte[] tag(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(body);
            return java.util.Arrays.copyOf(full, TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /**
     * The signing key: {@code configured} (at least 32 characters) if given, else the key in
     * {@code file}, created with 32 random bytes (owner-only) on first use. Replicas share the key
     * by sharing the file or the setting.
     */
    public static byte[] loadKey(String configured, Path file) throws IOException {
        if (configured != null && !configured.isBlank()) {
            byte[] k = configured.strip().getBytes(StandardCharsets.UTF_8);
            if (k.length < 32) {
                throw new IllegalArgumentException("LCS_ANALYTICS_KEY must be at least 32 characters");
            }
            return k;
        }
        if (Files.exists(file)) {
            byte[] k = HexFormat.of().parseHex(Files.readString(file).strip());
            if (k.length < 32) {
                throw new IOException(file + ": the analytics key must hold at least 32 bytes in hex");
            }
            return k;
        }
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(
                tmp,
                HexFormat.of().formatHex(k) + "\n",
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's permissions protect it
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return k;
    }
}
