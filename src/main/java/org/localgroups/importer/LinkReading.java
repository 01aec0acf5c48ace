package org.localgroups.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.localgroups.directory.Channels;
import org.localgroups.directory.Link;
import org.localgroups.outline.Inline;
import org.localgroups.outline.Target;
import org.localgroups.text.HiddenAddresses;

/**
 * Links of the outline as the directory keeps them: kind, clickable URL, label, and the target as
 * written.
 */
final class LinkReading {
  private LinkReading() {}

  /**
   * "... Mailing list: pywaw@googlegroups.com": the words before a colon name the channel of the
   * link after it.
   */
  static final Pattern CHANNEL_BEFORE = Pattern.compile("(?s)^(.*?)([^.;,:()\\[\\]–—-]*):\\s*$");

  /**
   * The links of an entry, given each read on its own ({@code alone}, in order): an unlabelled one
   * written after a channel name and a colon ("Mailing list: x@y.org") is of that kind. Its label
   * stays empty, as written.
   */
  static List<Link> inEntry(List<Inline> inlines, List<Link> alone) {
    List<Link> out = new ArrayList<>();
    String before = "";
    for (Inline i : inlines) {
      if (i instanceof Inline.Link) {
        Link link = alone.get(out.size());
        var m = CHANNEL_BEFORE.matcher(before);
        if (link.label().isEmpty() && m.matches() && Channels.isChannelLabel(m.group(2).strip())) {
          link =
              new Link(
                  LinkKinds.of(link.url(), m.group(2).strip()), link.url(), "", link.written());
        }
        out.add(link);
        before = "";
      } else {
        before = Inline.readable(i);
      }
    }
    return out;
  }

  /** The entry's own words without a trailing "Mailing list:" that introduces the next link. */
  static String withoutChannelName(String words) {
    var m = CHANNEL_BEFORE.matcher(words);
    return m.matches() && Channels.isChannelLabel(m.group(2).strip()) ? m.group(1) : words;
  }

  static Link toLink(Inline.Link l) {
    String url =
        switch (l.target()) {
          case Target.Url u -> u.url();
          case Target.Email e -> e.href();
          case Target.Page p -> "";
        };
    String written = l.writtenTarget();
    String label = l.label().strip();
    // a label that only repeats the target is no label; "[GoConferences](GoConferences)", a
    // relative link
    // resolved against the base URL, keeps its label: the URL it now stands for is not what the
    // reader saw
    boolean relative =
        !url.isEmpty()
            && !written.contains(":")
            && !written.contains("@")
            && !HiddenAddresses.hides(written);
    if (label.equals(url)
        || (label.equals(written) && !relative)
        || label.equals(l.target().display())) {
      label = "";
    }
    return new Link(LinkKinds.of(url, label), url, label, written);
  }
}
