package org.localgroups.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.LocalGroupsException;
import org.localgroups.web.api.EditToken.Presented;

class EditTokenTest {
  private static final String TOKEN = "3f9c2a7e1b5d4c8e9a0f6b2d7c1e4a5b";

  @Test
  void acceptsOnlyTheBearerTokenItWasGiven() {
    EditToken token = EditToken.of(TOKEN + "\n");
    assertThat(token.isOn()).isTrue();
    assertThat(token.check("Bearer " + TOKEN)).isEqualTo(Presented.RIGHT);
    assertThat(token.check("bearer " + TOKEN)).isEqualTo(Presented.RIGHT);
    assertThat(token.check(null)).isEqualTo(Presented.NONE);
    assertThat(token.check("")).isEqualTo(Presented.NONE);
    assertThat(token.check("Bearer " + TOKEN + "x")).isEqualTo(Presented.WRONG);
    assertThat(token.check("Bearer " + TOKEN.substring(1))).isEqualTo(Presented.WRONG);
    assertThat(token.check(TOKEN)).isEqualTo(Presented.WRONG);
    assertThat(token.check("Basic " + TOKEN)).isEqualTo(Presented.WRONG);
    assertThat(token.check("Bearer " + "x".repeat(5000))).isEqualTo(Presented.WRONG);
  }

  @Test
  void offAcceptsNothing() {
    EditToken off = EditToken.off();
    assertThat(off.isOn()).isFalse();
    assertThat(off.check("Bearer " + TOKEN)).isEqualTo(Presented.WRONG);
    assertThat(off.digest()).isEmpty();
  }

  @Test
  void keepsOnlyTheSha256OfTheTokenNeverTheTokenItself() throws Exception {
    EditToken token = EditToken.of(TOKEN);
    byte[] digest = token.digest().orElseThrow();
    assertThat(digest)
        .isEqualTo(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(TOKEN.getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(TOKEN.getBytes(StandardCharsets.UTF_8));
    // every field the object holds: none is the token, as text or bytes
    for (Field f : EditToken.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      f.setAccessible(true);
      Object value = f.get(token);
      assertThat(value).isInstanceOf(byte[].class);
      assertThat(new String((byte[]) value, StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
      assertThat(Arrays.equals((byte[]) value, TOKEN.getBytes(StandardCharsets.UTF_8))).isFalse();
    }
    assertThat(token.toString()).doesNotContain(TOKEN);
  }

  @Test
  void readsTheTokenFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, TOKEN + "\n");
    assertThat(EditToken.fromFile(file).check("Bearer " + TOKEN)).isEqualTo(Presented.RIGHT);
    assertThatThrownBy(() -> EditToken.fromFile(dir.resolve("missing")))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("cannot be read");
  }

  @Test
  void refusesWeakOrMalformedTokens() {
    assertThatThrownBy(() -> EditToken.of("secret"))
        .isInstanceOf(LocalGroupsException.class)
        .hasMessageContaining("20 to 1000 characters");
    assertThatThrownBy(() -> EditToken.of("two words are not a token at all"))
        .hasMessageContaining("without spaces");
    assertThatThrownBy(() -> EditToken.of("")).hasMessageContaining("not 0");
  }
}
