package org.localgroups.web;

import org.localgroups.web.server.WebApp;

/** Test fixture: runs the web app over the fixtures on a port, for looking at the pages by hand. */
final class WebDevServer {
  private WebDevServer() {}

  public static void main(String[] args) {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 7070;
    WebApp.create(Fixtures.services(), WebConfig.defaults()).start("127.0.0.1", port);
  }
}
