package org.localgroups.markdown;
public class Scratch {
  public static void main(String[] a) throws Exception {
    String text = java.nio.file.Files.readString(java.nio.file.Path.of(a[0]));
    System.out.print(OutlineRendering.render(new MarkdownOutlineReader().read(text, "", a.length > 1 ? a[1] : "")));
    for (var d : new MarkdownOutlineReader().read(text, "", a.length > 1 ? a[1] : "").diagnostics()) System.out.println(d);
  }
}
