package org.localgroups.markdown;
public class Scratch {
  public static void main(String[] a) throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(a[0]));
    var reader = new MarkdownOutlineReader();
    if (a.length > 1 && a[1].equals("time")) {
      var p = org.commonmark.parser.Parser.builder().extensions(java.util.List.of(org.commonmark.ext.gfm.tables.TablesExtension.create(), org.commonmark.ext.autolink.AutolinkExtension.create(), org.commonmark.ext.front.matter.YamlFrontMatterExtension.create(), org.commonmark.ext.footnotes.FootnotesExtension.create())).includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS_AND_INLINES).build();
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime(); p.parse(text); long t1 = System.nanoTime(); reader.read(text, "", ""); long t2 = System.nanoTime();
        System.out.printf("parse %d ms, read %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
      }
      return;
    }
    var o = reader.read(text, "", a.length > 1 ? a[1] : "");
    System.out.print(OutlineRendering.render(o));
    for (var d : o.diagnostics()) System.out.println(d);
  }
}
