package org.localgroups.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {
  @Test
  void pagesOfAnAddressWithoutAQueryAddOne() {
    Pager p = Pager.of(2, 100, 435, "/curate/duplicates");
    assertThat(p.pages()).isEqualTo(5);
    assertThat(p.first()).isEqualTo(101);
    assertThat(p.last()).isEqualTo(200);
    assertThat(p.previous()).isEqualTo("/curate/duplicates");
    assertThat(p.next()).isEqualTo("/curate/duplicates?page=3");
  }

  @Test
  void pagesOfAnAddressWithAQueryKeepIt() {
    Pager p = Pager.of(1, 200, 401, "/curate/links?outcome=&region=asia");
    assertThat(p.pages()).isEqualTo(3);
    assertThat(p.next()).isEqualTo("/curate/links?outcome=&region=asia&page=2");
    assertThat(p.href(1)).isEqualTo("/curate/links?outcome=&region=asia");
  }
}
