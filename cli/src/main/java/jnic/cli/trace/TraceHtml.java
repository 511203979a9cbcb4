package jnic.cli.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML sequence view of a trace: one lifeline per layer of each host and one
 * for the line between them, time running down, a frame on the line drawn as an arrow from its
 * sender's adapter to its receiver's. No external resources: the events are embedded as JSON
 * and drawn by a small script, which marks the page {@code data-rendered="N"} (N rows) when it
 * is done, or {@code data-error} when a script error happened, so a headless browser can check it.
 * A legend names each layer's colour and lets the reader hide a layer; a host's rows and lanes
 * can be collapsed the same way. Opened with {@code #check-collapse}, the page collapses each host
 * once and back, and records the rows left visible in {@code data-collapse-check} ("host=rows ..."),
 * so a test can see the controls work.
 */
public final class TraceHtml {
    private TraceHtml() {}

    public static void write(Path file, String title, List<TraceEvent> events) throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < events.size(); i++) {
            TraceEvent e = events.get(i);
            json.append(i == 0 ? "" : ",\n")
                    .append(String.format(
                            Locale.ROOT,
                            "{\"t\":%d,\"host\":%s,\"layer\":%s,\"text\":%s,\"to\":%s}",
                            e.nanos(),
                            string(e.host()),
                            string(e.layer().name()),
                            string(e.text()),
                            e.to() == null ? "null" : string(e.to())));
        }
        json.append("]");
        String page = TEMPLATE.replace("@TITLE@", escapeHtml(title)).replace("@EVENTS@", json);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, page, StandardCharsets.UTF_8);
    }

    /** A JSON string literal that is also safe inside a script element. */
    static String string(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String escapeHtml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String TEMPLATE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <title>@TITLE@</title>
            <style>
            body { font: 13px/1.35 system-ui, sans-serif; margin: 1em; color: #222; }
            h1 { font-size: 1.3em; }
            table { border-collapse: collapse; }
            th { position: sticky; top: 0; background: #f4f4f4; font-weight: 600; padding: 3px 4px; font-size: 11px; }
            th.host { font-size: 13px; }
            td { padding: 1px 4px; vertical-align: top; }
            td.lane { width: 34px; text-align: center; border-left: 1px dashed #bbb; position: relative; }
            td.time { text-align: right; font-variant-numeric: tabular-nums; color: #555; white-space: nowrap; }
            td.text { max-width: 70em; }
            .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-top: 3px; }
            .wire { background: linear-gradient(#1565c0, #1565c0) 0 8px / 100% 2px no-repeat; }
            .head-r::after { content: "\\25B6"; color: #1565c0; position: absolute; right: -4px; top: 1px; }
            .head-l::after { content: "\\25C0"; color: #1565c0; position: absolute; left: -4px; top: 0; }
            .APPLICATION { background: #6a1b9a; } .DNS, .UDP { background: #00838f; } .TCP { background: #2e7d32; }
            .IP, .ARP, .ETHERNET { background: #ef6c00; } .DRIVER { background: #5d4037; } .ADAPTER { background: #c62828; }
            .LINE { background: #1565c0; }
            tr:hover td { background-color: #fffbe6; }
            label { margin-right: 1em; white-space: nowrap; }
            #legend .dot { vertical-align: -1px; margin: 0 3px 0 4px; }
            .collapsed { display: none; }
            </style></head>
            <body>
            <h1>@TITLE@</h1>
            <p id="legend">layers (colour, and untick to hide): </p>
            <p id="hosts">hosts (untick to collapse): </p>
            <table id="view"><thead></thead><tbody></tbody></table>
            <script type="application/json" id="events">@EVENTS@</script>
            <script>
            "use strict";
            window.addEventListener("error", e => { document.body.dataset.error = String(e.message); });
            const events = JSON.parse(document.getElementById("events").textContent);
            const layerLane = { APPLICATION: "app", DNS: "udp", UDP: "udp", TCP: "tcp", IP: "ip", ARP: "ip", ETHERNET: "ip",
              DRIVER: "driver", ADAPTER: "adapter", LINE: "adapter" };
            const laneNames = { app: "application", udp: "UDP / DNS", tcp: "TCP", ip: "IP / ARP / Ethernet", driver: "driver", adapter: "adapter" };
            const order = ["app", "udp", "tcp", "ip", "driver", "adapter"];
            const hosts = [...new Set(events.map(e => e.host).filter(h => h !== "line"))];
            const lanes = [];
            hosts.forEach((h, i) => {
              const mine = i % 2 === 0 ? order : [...order].reverse();
              if (i > 0) lanes.push({ host: "line", lane: "line" });
              mine.forEach(l => lanes.push({ host: h, lane: l }));
            });
            const laneIndex = (host, lane) => lanes.findIndex(x => x.host === host && x.lane === lane);
            const head = document.querySelector("#view thead");
            const hostRow = document.createElement("tr");
            hostRow.appendChild(document.createElement("th"));
            let run = null;
            lanes.forEach(l => {
              if (run && run.host === l.host) { run.th.colSpan++; return; }
              const th = document.createElement("th");
              th.className = "host"; th.textContent = l.host === "line" ? "line" : l.host;
              hostRow.appendChild(th); run = { host: l.host, th };
            });
            hostRow.appendChild(document.createElement("th"));
            const laneRow = document.createElement("tr");
            const timeHead = document.createElement("th"); timeHead.textContent = "time (\\u00B5s)"; laneRow.appendChild(timeHead);
            lanes.forEach(l => { const th = document.createElement("th"); th.textContent = l.lane === "line" ? "" : laneNames[l.lane]; laneRow.appendChild(th); });
            const whatHead = document.createElement("th"); whatHead.textContent = "what happens"; laneRow.appendChild(whatHead);
            head.append(hostRow, laneRow);
            const body = document.querySelector("#view tbody");
            let rendered = 0;
            for (const e of events) {
              const tr = document.createElement("tr");
              tr.dataset.layer = e.layer; tr.dataset.host = e.host;
              const time = document.createElement("td"); time.className = "time"; time.textContent = (e.t / 1000).toFixed(3); tr.appendChild(time);
              const cells = lanes.map(l => { const td = document.createElement("td"); td.className = "lane"; td.dataset.lanehost = l.host; tr.appendChild(td); return td; });
              const at = laneIndex(e.host, layerLane[e.layer]);
              if (e.layer === "LINE" && e.to !== null) {
                const targets = e.to === "all" ? hosts.filter(h => h !== e.host) : [e.to];
                const ends = targets.map(h => laneIndex(h, "adapter")).filter(i => i >= 0);
                if (at >= 0 && ends.length > 0) {
                  const lo = Math.min(at, ...ends), hi = Math.max(at, ...ends);
                  for (let i = lo; i <= hi; i++) cells[i].classList.add("wire");
                  ends.forEach(i => cells[i].classList.add(i > at ? "head-r" : "head-l"));
                }
              }
              if (at >= 0) { const dot = document.createElement("span"); dot.className = "dot " + e.layer; dot.title = e.layer; cells[at].appendChild(dot); }
              const text = document.createElement("td"); text.className = "text";
              text.textContent = (e.host === "line" ? "" : e.host + " " + e.layer.toLowerCase() + ": ") + e.text; tr.appendChild(text);
              body.appendChild(tr); rendered++;
            }
            // A row shows unless its layer is hidden or its host collapsed; a collapsed host's lanes go too.
            const hiddenLayers = new Set(), collapsedHosts = new Set();
            const refresh = () => {
              body.querySelectorAll("tr").forEach(tr => tr.classList.toggle("collapsed",
                hiddenLayers.has(tr.dataset.layer) || collapsedHosts.has(tr.dataset.host)));
              document.querySelectorAll("td.lane").forEach(td => td.classList.toggle("collapsed", collapsedHosts.has(td.dataset.lanehost)));
            };
            const toggle = (parent, name, set, key, dotClass) => {
              const label = document.createElement("label"); const box = document.createElement("input");
              box.type = "checkbox"; box.checked = true; box.dataset[key] = name;
              box.addEventListener("change", () => { if (box.checked) set.delete(name); else set.add(name); refresh(); });
              label.append(box);
              if (dotClass) { const dot = document.createElement("span"); dot.className = "dot " + dotClass; label.append(dot); }
              label.append(name.toLowerCase()); parent.appendChild(label);
            };
            const legend = document.getElementById("legend");
            [...new Set(events.map(e => e.layer))].forEach(layer => toggle(legend, layer, hiddenLayers, "layerToggle", layer));
            const hostBar = document.getElementById("hosts");
            [...new Set(events.map(e => e.host))].forEach(host => toggle(hostBar, host, collapsedHosts, "hostToggle", null));
            if (location.hash === "#check-collapse") {
              const visible = () => [...body.querySelectorAll("tr")].filter(tr => !tr.classList.contains("collapsed")).length;
              const results = [];
              hostBar.querySelectorAll("input").forEach(box => {
                box.checked = false; box.dispatchEvent(new Event("change"));
                results.push(box.dataset.hostToggle + "=" + visible());
                box.checked = true; box.dispatchEvent(new Event("change"));
              });
              document.body.dataset.collapseCheck = results.join(" ");
            }
            document.body.dataset.rendered = String(rendered);
            </script>
            </body></html>
            """;
}
