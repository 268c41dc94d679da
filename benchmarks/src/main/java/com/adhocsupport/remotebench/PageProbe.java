package com.adhocsupport.remotebench;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the browser received and drew, counted inside the page by a script that runs before the
 * page's own (so the same for our viewer and for noVNC): payload bytes of every WebSocket message
 * received, animation frames (requestAnimationFrame ticks) in which the visible screen canvas was
 * drawn on, and, while a marker is set, each time the pixel at the marker turned black or white.
 */
final class PageProbe {

    /** Installed with Page.addScriptToEvaluateOnNewDocument. */
    static final String SCRIPT = """
            (() => {
              if (window.__bench) return;
              const B = window.__bench = { rx: 0, msgs: 0, tx: 0, frames: 0, draws: 0, dirty: false,
                                           marker: null, last: -1, flips: [],
                                           code: null, codeLast: -1, shown: 0, ctx: null };
              const size = d => typeof d === 'string' ? d.length : (d.byteLength !== undefined ? d.byteLength : (d.size || 0));
              // Native instances (noVNC checks the prototype's own properties), counted by a first listener.
              const Native = window.WebSocket;
              const Counted = function (...args) {
                const ws = new Native(...args);
                ws.addEventListener('message', e => { B.msgs++; B.rx += size(e.data); });
                return ws;
              };
              Counted.prototype = Native.prototype;
              for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Counted[k] = Native[k];
              window.WebSocket = Counted;
              const send = Native.prototype.send;
              Native.prototype.send = function (d) { B.tx += size(d); return send.call(this, d); };
              const probe = ctx => {
                const c = ctx.canvas;
                if (!c.isConnected || c.width < 640) return;   // the screen, not a cursor or a back buffer
                B.draws++;
                B.dirty = true;
                B.ctx = ctx;
                if (B.marker) {
                  const p = ctx.getImageData(B.marker.x, B.marker.y, 1, 1).data;
                  const v = p[0] + p[1] + p[2] > 384 ? 1 : 0;
                  // The wall clock, as the workload's key times: performance.timeOrigin can be ms off it.
                  if (v !== B.last) { B.last = v; B.flips.push([Date.now(), v]); }
                }
              };
              const P = CanvasRenderingContext2D.prototype;
              for (const name of ['drawImage', 'putImageData', 'fillRect']) {
                const original = P[name];
                P[name] = function (...args) { const r = original.apply(this, args); probe(this); return r; };
              }
              // The animation's frame number, drawn as a strip of black/white squares, read once per display frame.
              const readCode = () => {
                const k = B.code;
                const row = B.ctx.getImageData(k.x, k.y, k.bits * k.step, 1).data;
                let v = 0;
                for (let i = 0; i < k.bits; i++) {
                  const o = (i * k.step + (k.step >> 1)) * 4;
                  v = v * 2 + (row[o] + row[o + 1] + row[o + 2] > 384 ? 1 : 0);
                }
                if (v !== B.codeLast) { B.codeLast = v; B.shown++; }
              };
              const tick = () => {
                if (B.dirty) { B.frames++; B.dirty = false; if (B.code && B.ctx) readCode(); }
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            })();
            """;

    /** Counters at one moment. */
    record Counters(double bytes, double messages, double frames, double draws, double shown) {
    }

    private final JavascriptExecutor page;

    PageProbe(WebDriver driver) {
        this.page = (JavascriptExecutor) driver;
    }

    Counters counters() {
        Object r = page.executeScript("const b = window.__bench; return b ? [b.rx, b.msgs, b.frames, b.draws, b.shown] : null;");
        if (!(r instanceof List<?> values)) {
            throw new IllegalStateException("the page probe is missing on " + page.executeScript("return location.href"));
        }
        return new Counters(number(values.get(0)), number(values.get(1)), number(values.get(2)), number(values.get(3)),
                number(values.get(4)));
    }

    /** Watches the screen pixel at (x, y) from now on; flips are recorded as [epoch ms, 0 black / 1 white]. */
    void watch(int x, int y) {
        page.executeScript("const b = window.__bench; b.flips = []; b.last = -1; b.marker = {x: arguments[0], y: arguments[1]};", x, y);
    }

    /** Counts the distinct frame numbers shown in the strip of {@code bits} squares of {@code step} pixels at (x, y), or stops (bits 0). */
    void readFrameNumbers(int x, int y, int step, int bits) {
        page.executeScript("const b = window.__bench; b.codeLast = -1; b.code = arguments[3] > 0 ? {x: arguments[0], y: arguments[1], step: arguments[2], bits: arguments[3]} : null;",
                x, y, step, bits);
    }

    /** Stops watching and returns the flips seen. */
    List<double[]> flips() {
        Object r = page.executeScript("const b = window.__bench; b.marker = null; return b.flips.splice(0);");
        List<double[]> flips = new ArrayList<>();
        if (r instanceof List<?> list) {
            for (Object item : list) {
                List<?> pair = (List<?>) item;
                flips.add(new double[] {number(pair.get(0)), number(pair.get(1))});
            }
        }
        return flips;
    }

    /** "WIDTHxHEIGHT" of the largest canvas in the page once something is drawn on it, else "". */
    String screenCanvas() {
        Object r = page.executeScript("""
                const b = window.__bench;
                const c = [...document.querySelectorAll('canvas')].filter(c => c.isConnected).sort((a, z) => z.width - a.width)[0];
                return c && b && b.frames > 0 ? c.width + 'x' + c.height : '';
                """);
        return r == null ? "" : r.toString();
    }

    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
