package dev.dateline.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.render.Views.Anchor;
import dev.dateline.render.Views.PagerView;
import dev.dateline.render.Views.TeaserView;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Templates see view records through {@link ViewWrapper} exactly as through Freemarker's default
 * wrapper: components, method calls, built-ins and printing the record itself.
 */
class ViewWrapperTest {

  private static final String TEMPLATE = """
      ${p.number} ${p.total + 1} ${p.newer.label} ${p.newer.href} ${p.newer.count}
      <#if p.older??>older<#else>no older</#if> ${p.newer.label()} ${p.newer.count() * 2}
      ${p?is_hash?c} ${p?is_string?c} ${p.newer?is_method?c} ${p.newer.label?is_string?c}
      <#list p?keys?sort as k>${k} </#list>| ${p.newer?values?size}
      ${p.newer} ${(p.newer.hashCode() == p.newer.hashCode())?c} ${p.newer.equals(p.newer)?c}
      <#list items as t>${t.headline} <#if t.place??>${t.place}</#if> ${t.standfirst!"-"}|</#list>
      ${items?size} ${items[0].dateIso} ${items?has_content?c}""";

  @Test
  void aTemplateSeesTheRecordsAsTheDefaultWrapperShowsThem() throws Exception {
    Map<String, Object> model = Map.of(
        "p", new PagerView(2, 7, new Anchor("Newer & <b>", "../index.html", 12), null),
        "items", List.of(new TeaserView("Talks", "a/", "2019-09-10", "10 September", null,
            "MOSCOW"), new TeaserView("Prices \"rise\"", "b/", null, null, "Oil", null)));
    String expected = render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34)
        .build(), model);
    assertThat(render(new ViewWrapper(), model)).isEqualTo(expected).contains("Newer &amp;");
  }

  private static String render(ObjectWrapper wrapper, Object model) throws Exception {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setObjectWrapper(wrapper);
    configuration.setNumberFormat("computer");
    Template template = new Template("test.ftlh", new StringReader(TEMPLATE), configuration);
    StringWriter out = new StringWriter();
    template.process(model, out);
    return out.toString();
  }
}
