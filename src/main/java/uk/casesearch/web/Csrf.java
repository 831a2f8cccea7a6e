package uk.casesearch.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The page's protection against cross-site request forgery: every form the page sends carries a
 * token bound to the signed-in user (an HMAC of their id under a key made at start-up), and every
 * form it accepts must carry it back. The session cookie is SameSite=Strict as well, so a form
 * posted from another site carries neither.
 */
@ApplicationScoped
public class Csrf {

  /** The form field that carries the token. */
  public static final String FIELD = "csrf";

  private final SecretKeySpec key;

  public Csrf() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    key = new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** The token of this user's forms. */
  public String token(String userId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** Whether a form's token is this user's, compared in constant time. */
  public boolean valid(String userId, String token) {
    if (token == null) return false;
    return MessageDigest.isEqual(
        token(userId).getBytes(StandardCharsets.US_ASCII),
        token.getBytes(StandardCharsets.US_ASCII));
  }
}
