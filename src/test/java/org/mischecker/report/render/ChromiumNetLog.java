package org.mischecker.report.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a Chromium net log ({@code --log-net-log=FILE}) says went to the network, split into requests
 * the page made and requests the browser made for itself.
 *
 * <p>The split is needed because headless Chromium, even with background networking, sync and
 * component updates switched off, still asks Google for the time, component updates and account
 * state; those say nothing about the report. A page's requests carry the page as initiator and
 * belong to its network partition (for a file:// page, "file://"); the browser's own have the
 * initiator "not an origin" and a partition that is not the page's. Anything that is not clearly
 * the browser's own counts as the page's, so an unknown kind of request fails the test rather than
 * slipping through. Socket-pool groups in the page's partition are checked too, which also catches
 * connections opened without a URL request (preconnects).
 *
 * @param pageRequests http(s) URLs requested on the page's behalf
 * @param pageSockets socket-pool groups opened in the page's network partition
 * @param browserRequests http(s) URLs the browser requested for itself (reported, not failed on)
 */
record ChromiumNetLog(List<String> pageRequests, List<String> pageSockets, List<String> browserRequests) {

    static ChromiumNetLog read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode types = root.path("constants").path("logEventTypes");
        int startJob = types.path("URL_REQUEST_START_JOB").asInt(-1);
        List<Integer> socketEvents = List.of(types.path("SOCKET_POOL_CONNECT_JOB_CREATED").asInt(-1),
                types.path("TCP_CLIENT_SOCKET_POOL_REQUESTED_SOCKET").asInt(-1));
        JsonNode events = root.path("events");
        if (startJob < 0 || !events.isArray() || events.isEmpty()) {
            throw new IOException(file + " is not a complete Chromium net log (no event types or no events)");
        }
        List<String> page = new ArrayList<>();
        List<String> sockets = new ArrayList<>();
        List<String> browser = new ArrayList<>();
        for (JsonNode e : events) {
            JsonNode params = e.path("params");
            int type = e.path("type").asInt();
            if (type == startJob && isWeb(params.path("url").asText(""))) {
                String url = params.path("url").asText();
                boolean browsersOwn = "not an origin".equals(params.path("initiator").asText())
                        && !params.path("network_isolation_key").asText("").contains("file:");
                (browsersOwn ? browser : page).add(url);
            } else if (socketEvents.contains(type) && params.path("group_id").asText("").contains("<file:")) {
                sockets.add(params.path("group_id").asText());
            }
        }
        return new ChromiumNetLog(page, sockets, browser);
    }

    private static boolean isWeb(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }
}
