package dev.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.site.PageContent.TextContent;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaginatorTest {

  private final Paginator paginator = new Paginator(3);

  private List<Page> pages(List<String> items) {
    return paginator.paginate("tags/csto/", items, (slice, pager) -> new Page(PageKind.TAG,
        Paginator.pageUrl("tags/csto/", pager.number()), String.join(",", slice), null,
        List.of(), new TextContent(pager.number() + "/" + pager.total() + " newer="
            + (pager.newer() == null ? "-" : pager.newer().url()) + " older="
            + (pager.older() == null ? "-" : pager.older().url()))));
  }

  @Test
  void sevenItemsInPagesOfThreeMakeThreePagesAtTheirOwnUrls() {
    List<Page> pages = pages(List.of("a", "b", "c", "d", "e", "f", "g"));
    assertThat(pages).extracting(Page::url)
        .containsExactly("tags/csto/", "tags/csto/page/2/", "tags/csto/page/3/");
    assertThat(pages).extracting(Page::title).containsExactly("a,b,c", "d,e,f", "g");
  }

  @Test
  void eachPageLinksToItsNeighbours() {
    List<Page> pages = pages(List.of("a", "b", "c", "d", "e", "f", "g"));
    assertThat(pages).extracting(p -> ((TextContent) p.content()).text()).containsExactly(
        "1/3 newer=- older=tags/csto/page/2/",
        "2/3 newer=tags/csto/ older=tags/csto/page/3/",
        "3/3 newer=tags/csto/page/2/ older=-");
  }

  @Test
  void aFullLastPageMakesNoEmptyPageAfterIt() {
    assertThat(pages(List.of("a", "b", "c", "d", "e", "f"))).hasSize(2);
  }

  @Test
  void anEmptyListStillHasOnePage() {
    assertThat(pages(List.of())).singleElement()
        .satisfies(p -> assertThat(p.url()).isEqualTo("tags/csto/"));
  }
}
