package uk.casesearch.app.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes for the local sign-in: PBKDF2 with HMAC-SHA-256 (the JDK's own), a random salt
 * per password and OWASP's iteration count, written {@code
 * pbkdf2-sha256:<iterations>:<salt>:<hash>} in Base64.
 */
public final class PasswordHash {

  private static final String PREFIX = "pbkdf2-sha256";
  private static final int ITERATIONS = 600_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private PasswordHash() {}

  /** A new hash of this password, with a fresh salt. */
  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    new SecureRandom().nextBytes(salt);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return PREFIX
        + ":"
        + ITERATIONS
        + ":"
        + b64.encodeToString(salt)
        + ":"
        + b64.encodeToString(derive(password, salt, ITERATIONS));
  }

  /**
   * Whether this password has this hash, compared in constant time.
   *
   * @throws IllegalArgumentException if the hash is not one this class writes
   */
  public static boolean matches(char[] password, String hash) {
    String[] parts = hash.strip().split(":");
    if (parts.length != 4 || !parts[0].equals(PREFIX))
      throw new IllegalArgumentException(
          "a password hash must read " + PREFIX + ":<iterations>:<salt>:<hash>");
    int iterations;
    byte[] salt;
    byte[] expected;
    try {
      iterations = Integer.parseInt(parts[1]);
      salt = Base64.getDecoder().decode(parts[2]);
      expected = Base64.getDecoder().decode(parts[3]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the password hash is damaged: " + e.getMessage(), e);
    }
    if (iterations < 1) throw new IllegalArgumentException("the password hash is damaged");
    return MessageDigest.isEqual(expected, derive(password, salt, iterations));
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
    } finally {
      spec.clearPassword();
    }
  }
}
