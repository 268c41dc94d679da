package com.adhocsupport.remotebench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * What the browser received and drew, counted inside the page by a script that runs before the
 * page's own (so the same for our viewer and for noVNC): payload bytes of every WebSocket message
 * received; display frames (requestAnimationFrame ticks) in which the visible screen canvas was
 * drawn on; canvas states that settled (drawn in one display frame, unchanged in the next: one
 * frame shown, however many display frames it took to draw); the numbers shown in a strip of
 * black/white squares (the animation's frame number, the key marker's press count), each change
 * with the page's wall clock; the F9 presses the page received, and when messages arrived meanwhile.
 */
final class PageProbe {

    /** Installed with Page.addScriptToEvaluateOnNewDocument. */
    static final String SCRIPT = """
            (() => {
              if (window.__bench) return;
              const B = window.__bench = { rx: 0, msgs: 0, tx: 0, frames: 0, draws: 0, settled: 0, dirty: false, drawn: false,
                                           code: null, codeLast: -1, shown: 0, codes: [], keys: [], arrivals: [], ctx: null };
              const size = d => typeof d === 'string' ? d.length : (d.byteLength !== undefined ? d.byteLength : (d.size || 0));
              // Native instances (noVNC checks the prototype's own properties), counted by a first listener.
              const Native = window.WebSocket;
              const Counted = function (...args) {
                const ws = new Native(...args);
                ws.addEventListener('message', e => { B.msgs++; B.rx += size(e.data); if (B.code) B.arrivals.push(Date.now()); });
                return ws;
              };
              Counted.prototype = Native.prototype;
              for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) Counted[k] = Native[k];
              window.WebSocket = Counted;
              const send = Native.prototype.send;
              Native.prototype.send = function (d) { B.tx += size(d); return send.call(this, d); };
              // The moment the page gets a key press, before the page's own handlers (window, capture phase).
              window.addEventListener('keydown', e => { if (e.code === 'F9' && !e.repeat) B.keys.push(Date.now()); }, true);
              // The number in the strip of black/white squares; each change is logged with the wall clock (the same
              // clock as the PC's programs under Wine; performance.timeOrigin can be ms off it).
              const readCode = () => {
                const k = B.code;
                const row = B.ctx.getImageData(k.x, k.y, k.bits * k.step, 1).data;
                let v = 0;
                for (let i = 0; i < k.bits; i++) {
                  const o = (i * k.step + (k.step >> 1)) * 4;
                  v = v * 2 + (row[o] + row[o + 1] + row[o + 2] > 384 ? 1 : 0);
                }
                if (v !== B.codeLast) { B.codeLast = v; B.shown++; B.codes.push([Date.now(), v]); }
              };
              const probe = ctx => {
                const c = ctx.canvas;
                if (!c.isConnected || c.width < 640) return;   // the screen, not a cursor or a back buffer
                B.draws++;
                B.dirty = true;
                B.ctx = ctx;
                if (B.code && B.code.everyDraw) readCode();
              };
              const P = CanvasRenderingContext2D.prototype;
              for (const name of ['drawImage', 'putImageData', 'fillRect']) {
                const original = P[name];
                P[name] = function (...args) { const r = original.apply(this, args); probe(this); return r; };
              }
              const tick = () => {
                if (B.dirty) {
                  B.frames++;
                  B.dirty = false;
                  B.drawn = true;
                  if (B.code && !B.code.everyDraw && B.ctx) readCode();
                } else if (B.drawn) {
                  B.drawn = false;
                  B.settled++;
                }
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
            })();
            """;

    /** Counters at one moment. */
    record Counters(double bytes, double messages, double frames, double draws, double shown, double settled) {
    }

    private final JavascriptExecutor page;

    PageProbe(WebDriver driver) {
        this.page = (JavascriptExecutor) driver;
    }

    Counters counters() {
        Object r = page.executeScript("const b = window.__bench; return b ? [b.rx, b.msgs, b.frames, b.draws, b.shown, b.settled] : null;");
        if (!(r instanceof List<?> values)) {
            throw new IllegalStateException("the page probe is missing on " + page.executeScript("return location.href"));
        }
        return new Counters(number(values.get(0)), number(values.get(1)), number(values.get(2)), number(values.get(3)),
                number(values.get(4)), number(values.get(5)));
    }

    /**
     * Reads the number in the strip of {@code bits} squares of {@code step} pixels at (x, y) from now on, after every
     * draw ({@code everyDraw}, for the time a change shows) or once per display frame; bits 0 stops.
     */
    void readNumbers(int x, int y, int step, int bits, boolean everyDraw) {
        page.executeScript("const b = window.__bench; b.codeLast = -1; b.codes = []; b.keys = []; b.arrivals = [];"
                + " b.code = arguments[3] > 0 ? {x: arguments[0], y: arguments[1], step: arguments[2], bits: arguments[3], everyDraw: arguments[4]} : null;",
                x, y, step, bits, everyDraw);
    }

    /** The numbers the strip showed since {@link #readNumbers}, as [epoch ms, number]. */
    List<double[]> numbersShown() {
        return pairs(page.executeScript("return window.__bench.codes.splice(0);"));
    }

    /** When each message arrived since {@link #readNumbers} (epoch ms). */
    List<Double> messageArrivals() {
        return times("return window.__bench.arrivals.splice(0);");
    }

    /** When the page received each F9 press since {@link #readNumbers} (epoch ms). */
    List<Double> keyPresses() {
        return times("return window.__bench.keys.splice(0);");
    }

    private List<Double> times(String script) {
        List<Double> times = new ArrayList<>();
        if (page.executeScript(script) instanceof List<?> list) {
            list.forEach(t -> times.add(number(t)));
        }
        return times;
    }

    /** The page coordinates of screen pixel (x, y) on the largest canvas, as [x, y]. */
    double[] pageCoordinates(int x, int y) {
        Object r = page.executeScript("""
                const c = [...document.querySelectorAll('canvas')].filter(c => c.isConnected).sort((a, z) => z.width - a.width)[0];
                const r = c.getBoundingClientRect();
                return [r.left + arguments[0] * r.width / c.width, r.top + arguments[1] * r.height / c.height];
                """, x, y);
        List<?> xy = (List<?>) r;
        return new double[] {number(xy.get(0)), number(xy.get(1))};
    }

    /** The area (x, y, width, height) of the largest canvas, as drawn now (losslessly, through a PNG). */
    BufferedImage canvasImage(int x, int y, int width, int height) throws IOException {
        Object r = page.executeScript("""
                const c = [...document.querySelectorAll('canvas')].filter(c => c.isConnected).sort((a, z) => z.width - a.width)[0];
                const part = document.createElement('canvas');
                part.width = arguments[2];
                part.height = arguments[3];
                part.getContext('2d').drawImage(c, -arguments[0], -arguments[1]);
                return part.toDataURL('image/png');
                """, x, y, width, height);
        String url = String.valueOf(r);
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
    }

    private static List<double[]> pairs(Object r) {
        List<double[]> pairs = new ArrayList<>();
        if (r instanceof List<?> list) {
            for (Object item : list) {
                List<?> pair = (List<?>) item;
                pairs.add(new double[] {number(pair.get(0)), number(pair.get(1))});
            }
        }
        return pairs;
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
