#!/usr/bin/env python3
"""The benchmark's scripted workloads on the X display in $DISPLAY (issues 6 and 17), the same
for every pipeline: both only watch the screen, the keys go to the X programs directly. (The
key-press workload goes through each pipeline's own input path: KeyPresses.java and
key-marker.cpp.)

    workload.py NAME SECONDS [DOCUMENT]

    static     an xterm showing a page of text; nothing moves
    typing     vim in an xterm, typed into at 10 characters a second (xdotool type)
    scrolling  less on DOCUMENT in a 1800x1040 xterm, one page (space) every 200 ms
    animation  40 coloured discs moving at 25 fps over the right half (960x1080), tkinter, with
               the frame number in 12 black/white 20 px squares at (960, 0) for the page to read;
               after DONE the last frame stands still (the benchmark compares the canvas
               with the screen then)

What Windows shows (issue 17): text anti-aliased with sub-pixel colour fringes, as ClearType
draws it (Xft with rgba=rgb, set on the display with xrdb), photos, video, windows moved, web
pages. Each stands still after DONE, so the benchmark can compare the canvas with the screen.

    cleartype-typing     vim with C++ syntax colours on the head of DOCUMENT, in a 160x50 xterm
                         in DejaVu Sans Mono 11 with sub-pixel rendering, C++ typed into it at
                         10 characters a second
    cleartype-scrolling  vim, read-only, with C++ syntax colours on DOCUMENT in a full-screen
                         xterm (same font), one page (ctrl+f) every 200 ms
    photos               a new full-screen photo-like image (smooth colour fields, detail and
                         camera noise: it does not compress) every 2 s, with its number in the
                         12 squares at (0, 0)
    video                an 854x480 region at (533, 300) playing 25 fps of moving colour
                         gradients with fresh camera noise every frame, the frame number in the
                         12 squares at its top left, on a still page-like background
    window-drag          an 800x560 window of text and coloured boxes moved across a smooth
                         wallpaper, 25 moves a second, 24 px each (Xvfb has no window manager:
                         the window moves itself, as a dragged window is moved)
    web-page             a page-like mix in a full-screen window: headings and paragraphs in
                         DejaVu Sans (sub-pixel anti-aliased), photo-like pictures, coloured
                         boxes; scrolled 100 px every 200 ms, as a mouse wheel does

Every random choice comes from a fixed seed: each run shows the same pixels.

Prints "READY <epoch ms>" once the programs are up and the screen has settled, then
"DONE <epoch ms>" when the measured part ends; the last screen then stays 3 s (5 s for
issue 17's, whose comparison with the screen takes longer).
Everything it starts ends with it.
"""
import os
import random
import subprocess
import sys
import time

SETTLE_S = 2.5
STILL_S = 3.0  # after DONE, the last screen stays this long
QUALITY_STILL_S = 5.0  # the same for workloads whose whole screen the benchmark compares with the canvas
TYPED = ("The quick brown fox jumps over the lazy dog while the technician watches. "
         "Remote support should feel like sitting at the PC: every key shows at once. ")
TYPED_CPP = ("    // The technician watches every key show at once.\n"
             "    for (int i = 0; i < 42; ++i) {\n"
             "        std::wstring line = L\"The quick brown fox jumps over the lazy dog\";\n"
             "        total += line.size() * 3.5;\n"
             "    }\n")
# Xft as ClearType draws: anti-aliased, sub-pixel (RGB stripes), light hinting, the LCD filter.
CLEARTYPE_RESOURCES = ("Xft.antialias: 1\nXft.rgba: rgb\nXft.hinting: 1\nXft.hintstyle: hintslight\n"
                       "Xft.lcdfilter: lcddefault\n")
CLEARTYPE_XTERM = ["-fa", "DejaVu Sans Mono", "-fs", "11", "-xrm", "XTerm*renderFont: true"]
VIM = ["vim", "-u", "NONE", "-N", "-n", "-i", "NONE"]
VIM_CPP = VIM + ["-c", "syntax on", "-c", "set filetype=cpp"]
STRIP_BITS = 12
STRIP_STEP = 20


def now_ms():
    return time.time() * 1000.0


def say(*words):
    print(*words, flush=True)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def cleartype():
    """Sub-pixel anti-aliasing for every Xft client started from now on (xterm, Tk)."""
    subprocess.run(["xrdb", "-nocpp", "-merge"], input=CLEARTYPE_RESOURCES, text=True, check=True)


def xterm(title, geometry, *command, options=()):
    """The xterm's process and its X window id."""
    process = subprocess.Popen(["xterm", "-T", title, "-geometry", geometry, *options, "-e", *command],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    found = subprocess.run(["xdotool", "search", "--sync", "--name", title], capture_output=True, text=True, check=True)
    return process, found.stdout.split()[0]


def focused_window():
    return subprocess.run(["xdotool", "getwindowfocus"], capture_output=True, text=True, check=False).stdout.strip()


def stop(process):
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()


def with_xterm(seconds, title, geometry, command, drive, options=(), still=STILL_S):
    term, window = xterm(title, geometry, *command, options=options)
    try:
        xdotool("mousemove", "1919", "1079")  # out of the way; keyboard focus stays on the xterm
        time.sleep(SETTLE_S)
        # The keys go wherever the X focus is (Xvfb has no window manager), and a Wine window may
        # take it meanwhile (a run on 2026-12-03 typed into nothing): focus the xterm now, and fail
        # rather than measure a screen that did not change if the focus moved during the drive.
        xdotool("windowfocus", "--sync", window)
        say("READY", now_ms())
        drive(seconds)
        if focused_window() != window:
            sys.exit("workload " + title + ": the X focus left the xterm (now window " + focused_window() + "), the keys went elsewhere")
        say("DONE", now_ms())
        time.sleep(still)  # the benchmark keeps a screenshot of the last screen meanwhile
    finally:
        stop(term)
        time.sleep(1.0)


def type_at_10_per_second(seconds, text):
    text = (text * 10)[: int(seconds * 10)]
    # xdotool waits half the delay after each key down and half after each key up.
    subprocess.run(["xdotool", "type", "--delay", "200", text], check=False)


def key_every_200_ms(seconds, key):
    end = time.monotonic() + seconds
    tick = time.monotonic()
    while tick < end:
        xdotool("key", key)
        tick += 0.2
        time.sleep(max(0.0, tick - time.monotonic()))


def static(seconds, document):
    with_xterm(seconds, "bench-static", "160x50+40+40", ["less", document], time.sleep)


def typing(seconds, document):
    with_xterm(seconds, "bench-typing", "160x50+40+40", VIM + ["-c", "startinsert"],
               lambda s: type_at_10_per_second(s, TYPED))


def scrolling(seconds, document):
    with_xterm(seconds, "bench-scrolling", "300x80+0+0", ["less", document], lambda s: key_every_200_ms(s, "space"))


def cleartype_typing(seconds, document):
    cleartype()
    source = "/tmp/bench-cleartype-%d.cpp" % os.getpid()
    with open(document, encoding="utf-8", errors="replace") as f, open(source, "w", encoding="utf-8") as head:
        head.writelines(line for _, line in zip(range(200), f))
    try:
        # Typed into a new line above line 24, in the middle of the window: the lines under it move down.
        with_xterm(seconds, "bench-cleartype-typing", "160x50+40+40",
                   VIM_CPP + ["-c", "24", "-c", "normal! O", "-c", "startinsert", source],
                   lambda s: type_at_10_per_second(s, TYPED_CPP), CLEARTYPE_XTERM, QUALITY_STILL_S)
    finally:
        os.remove(source)


def cleartype_scrolling(seconds, document):
    cleartype()
    # 210x55 cells of 9x19 pixels: 1894x1049, the whole screen but its edges.
    with_xterm(seconds, "bench-cleartype-scrolling", "210x55+0+0", VIM_CPP + ["-R", document],
               lambda s: key_every_200_ms(s, "ctrl+f"), CLEARTYPE_XTERM, QUALITY_STILL_S)


def tk_window(geometry, title, root=None):
    import tkinter
    window = tkinter.Toplevel(root) if root else tkinter.Tk()
    window.title(title)
    window.overrideredirect(True)
    window.geometry(geometry)
    return tkinter, window


def tk_run(root, seconds, period, step, still=STILL_S):
    """Calls step() every period seconds (drift-free) from now until DONE; READY after SETTLE_S, DONE
    seconds later; then the last frame stands still for `still` seconds and the window closes."""
    state = {"next": time.monotonic(), "still": False}

    def tick():
        if state["still"]:
            return
        step()
        state["next"] += period
        root.after(max(1, int((state["next"] - time.monotonic()) * 1000)), tick)

    def done():
        state["still"] = True
        say("DONE", now_ms())
        root.after(int(still * 1000), root.destroy)

    root.after(int(SETTLE_S * 1000), lambda: say("READY", now_ms()))
    root.after(int((SETTLE_S + seconds) * 1000), done)
    root.after(0, tick)
    root.mainloop()
    time.sleep(1.0)


class FrameStrip:
    """A number in 12 black/white 20 px squares (most significant first) at (x, y) on a Tk canvas, above
    whatever else it shows: the viewer's page reads it to count the distinct frames it shows."""

    def __init__(self, canvas, x, y):
        self.canvas = canvas
        self.items = [canvas.create_rectangle(x + STRIP_STEP * i, y, x + STRIP_STEP * (i + 1), y + STRIP_STEP,
                                              fill="black", outline="") for i in range(STRIP_BITS)]
        self.number = 0

    def next(self):
        self.number = (self.number + 1) % (1 << STRIP_BITS)
        for i, item in enumerate(self.items):
            self.canvas.itemconfigure(item, fill="white" if self.number >> (STRIP_BITS - 1 - i) & 1 else "black")


def animation(seconds, document):
    tkinter, root = tk_window("960x1080+960+0", "bench-animation")
    canvas = tkinter.Canvas(root, width=960, height=1080, highlightthickness=0, background="#f4f4f0")
    canvas.pack()
    rng = random.Random(6)
    discs = []
    for _ in range(40):
        r = rng.randint(30, 110)
        x, y = rng.randint(r, 960 - r), rng.randint(r, 1080 - r)
        colour = "#%02x%02x%02x" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
        item = canvas.create_oval(x - r, y - r, x + r, y + r, fill=colour, outline="")
        discs.append([item, x, y, r, rng.choice((-1, 1)) * rng.randint(3, 9), rng.choice((-1, 1)) * rng.randint(3, 9)])
    strip = FrameStrip(canvas, 0, 0)  # at (960, 0) on the screen

    def frame():
        strip.next()
        for d in discs:
            item, x, y, r, dx, dy = d
            if not r <= x + dx <= 960 - r:
                d[4] = dx = -dx
            if not r <= y + dy <= 1080 - r:
                d[5] = dy = -dy
            d[1], d[2] = x + dx, y + dy
            canvas.move(item, dx, dy)

    tk_run(root, seconds, 0.04, frame)  # 25 fps


# Photo-like pixels (numpy, PIL): what a camera gives, which no lossless encoder can shrink much.

def smooth_field(rng, width, height, cells, amplitude):
    """Colour that varies smoothly over the picture: a coarse random grid (cells across), upscaled bicubically."""
    import numpy
    from PIL import Image
    across, down = cells, max(2, cells * height // width)
    coarse = rng.integers(0, 256, (down, across, 3), dtype=numpy.uint8)
    smooth = numpy.asarray(Image.fromarray(coarse).resize((width, height), Image.BICUBIC), dtype=numpy.int16)
    return (smooth - 128) * amplitude // 128


def photo(rng, width, height, noise=7):
    """A photo-like picture: broad colour fields, finer detail, and camera noise (sigma `noise` per channel)."""
    import numpy
    from PIL import Image
    pixels = 128 + smooth_field(rng, width, height, 6, 110) + smooth_field(rng, width, height, 48, 30)
    pixels = pixels + rng.normal(0, noise, pixels.shape).astype(numpy.int16)
    return Image.fromarray(numpy.clip(pixels, 0, 255).astype(numpy.uint8))


def photo_pictures(count):
    """The photos workload's pictures, in the order it shows them (codec-benchmark.py encodes them too)."""
    import numpy
    rng = numpy.random.default_rng(17)
    return [photo(rng, 1920, 1080) for _ in range(count)]


def video_frames(width, height):
    """The video workload's frames: a function from the frame number to the picture (codec-benchmark.py
    encodes them too). The picture pans over a landscape twice the player's size; each frame gets its own
    noise (a pool of 32, uniform: quicker to make than normal noise, as incompressible)."""
    import numpy
    from PIL import Image
    rng = numpy.random.default_rng(25)
    scene = numpy.asarray(photo(rng, 2 * width, 2 * height, noise=0), dtype=numpy.int16)
    noise = [rng.integers(-10, 11, (height, width, 3), dtype=numpy.int16) for _ in range(32)]

    def frame(n):
        x = int(width / 2 + width / 2 * numpy.sin(n / 90))
        y = int(height / 2 + height / 2 * numpy.sin(n / 70))
        pixels = scene[y:y + height, x:x + width] + noise[n % len(noise)] + int(30 * numpy.sin(n / 20))
        return Image.fromarray(numpy.clip(pixels, 0, 255).astype(numpy.uint8))
    return frame


def photos(seconds, document):
    from PIL import ImageTk
    tkinter, root = tk_window("1920x1080+0+0", "bench-photos")
    canvas = tkinter.Canvas(root, width=1920, height=1080, highlightthickness=0, background="black")
    canvas.pack()
    shown = [ImageTk.PhotoImage(picture) for picture in photo_pictures(int(seconds / 2) + 2)]
    item = canvas.create_image(0, 0, anchor="nw", image=shown[0])
    strip = FrameStrip(canvas, 0, 0)

    def next_photo():
        strip.next()
        canvas.itemconfigure(item, image=shown[strip.number % len(shown)])

    tk_run(root, seconds, 2.0, next_photo, QUALITY_STILL_S)


def video(seconds, document):
    from PIL import Image, ImageTk
    width, height, left, top = 854, 480, 533, 300
    cleartype()
    tkinter, root = tk_window("1920x1080+0+0", "bench-video")
    canvas = tkinter.Canvas(root, width=1920, height=1080, highlightthickness=0, background="#ffffff")
    canvas.pack()
    # Around the player, a still page: a title and a few lines of text, as in a browser tab.
    canvas.create_rectangle(0, 0, 1920, 72, fill="#f1f3f4", outline="")
    canvas.create_text(left, 230, anchor="nw", text="Quarterly review: the new warehouse", font=("DejaVu Sans", 20, "bold"))
    canvas.create_text(left, 800, anchor="nw", width=width, font=("DejaVu Sans", 11),
                       text=(TYPED * 4).strip())
    player_frame = video_frames(width, height)
    player = ImageTk.PhotoImage(Image.new("RGB", (width, height)))
    canvas.create_image(left, top, anchor="nw", image=player)
    strip = FrameStrip(canvas, left, top)

    def frame():
        strip.next()
        player.paste(player_frame(strip.number))

    tk_run(root, seconds, 0.04, frame, QUALITY_STILL_S)  # 25 fps


def text_and_boxes(tkinter, parent, width, height, rng):
    """A window's worth of content: a title bar, paragraphs in DejaVu Sans, a row of coloured boxes."""
    canvas = tkinter.Canvas(parent, width=width, height=height, highlightthickness=0, background="#ffffff")
    canvas.create_rectangle(0, 0, width, 32, fill="#0063b1", outline="")
    canvas.create_text(12, 16, anchor="w", text="Invoice 2026-1187 - Notepad", fill="#ffffff", font=("DejaVu Sans", 11))
    for i, colour in enumerate(("#e81123", "#ff8c00", "#107c10", "#5c2d91", "#00b7c3")):
        canvas.create_rectangle(20 + 150 * i, 52, 150 + 150 * i, 132, fill=colour, outline="")
    canvas.create_text(20, 150, anchor="nw", width=width - 40, font=("DejaVu Sans", 11),
                       text=" ".join(rng.choice(TYPED.split()) for _ in range(320)))
    return canvas


def window_drag(seconds, document):
    import numpy
    from PIL import ImageTk
    cleartype()
    tkinter, root = tk_window("1920x1080+0+0", "bench-wallpaper")
    wallpaper = ImageTk.PhotoImage(photo(numpy.random.default_rng(4), 1920, 1080, noise=0))
    tkinter.Label(root, image=wallpaper, borderwidth=0).pack()
    root.update()  # the wallpaper mapped first: the window opens above it
    width, height = 800, 560
    _, window = tk_window("%dx%d+0+260" % (width, height), "bench-window", root)
    text_and_boxes(tkinter, window, width, height, random.Random(8)).pack()
    window.lift()
    position = {"x": 0, "dx": 24}

    def move():
        x = position["x"] + position["dx"]
        if not 0 <= x <= 1920 - width:
            position["dx"] = -position["dx"]
            x = position["x"] + position["dx"]
        position["x"] = x
        window.geometry("+%d+%d" % (x, 260 + int(200 * numpy.sin(x / 300))))

    tk_run(root, seconds, 0.04, move, QUALITY_STILL_S)  # 25 moves a second


def web_page(seconds, document):
    import numpy
    from PIL import ImageTk
    cleartype()
    tkinter, root = tk_window("1920x1080+0+0", "bench-web-page")
    # The browser's own bar, which does not scroll.
    bar = tkinter.Canvas(root, width=1920, height=80, highlightthickness=0, background="#dee1e6")
    bar.create_rectangle(120, 40, 1800, 72, fill="#ffffff", outline="#c0c0c0")
    bar.create_text(136, 56, anchor="w", text="https://www.example.com/news/remote-support", font=("DejaVu Sans", 11))
    bar.pack()
    page = tkinter.Canvas(root, width=1920, height=1000, highlightthickness=0, background="#ffffff", yscrollincrement=100)
    page.pack()
    rng = random.Random(11)
    pixels = numpy.random.default_rng(11)
    words = TYPED.split()
    pictures = []
    y = 40
    height = int(seconds * 5 * 100 + 1200)  # 5 wheel steps a second, and a screen more
    while y < height:
        page.create_text(460, y, anchor="nw", text=" ".join(rng.choice(words) for _ in range(6)).capitalize(),
                         font=("DejaVu Sans", 22, "bold"), fill="#202124")
        y += 56
        for _ in range(rng.randint(2, 4)):
            item = page.create_text(460, y, anchor="nw", width=1000, font=("DejaVu Sans", 12), fill="#3c4043",
                                    text=" ".join(rng.choice(words) for _ in range(rng.randint(60, 120))))
            y = page.bbox(item)[3] + 20
            if rng.random() < 0.5:
                pictures.append(ImageTk.PhotoImage(photo(pixels, 640, 360)))
                page.create_image(460, y, anchor="nw", image=pictures[-1])
                page.create_text(1120, y, anchor="nw", width=320, font=("DejaVu Sans", 10, "italic"), fill="#5f6368",
                                 text=" ".join(rng.choice(words) for _ in range(30)))
                y += 380
        # A column of coloured boxes beside the text, as adverts and links are.
        for i in range(3):
            colour = "#%02x%02x%02x" % (rng.randint(60, 240), rng.randint(60, 240), rng.randint(60, 240))
            page.create_rectangle(1500, y - 600 + 180 * i, 1820, y - 440 + 180 * i, fill=colour, outline="")
            page.create_text(1520, y - 580 + 180 * i, anchor="nw", width=280, font=("DejaVu Sans", 12, "bold"),
                             fill="#ffffff", text=" ".join(rng.choice(words) for _ in range(5)))
        y += 40
    page.configure(scrollregion=(0, 0, 1920, y))
    scrolled = {"steps": -1}

    def wheel():
        scrolled["steps"] += 1
        if scrolled["steps"] > 0:
            page.yview_scroll(1, "units")

    tk_run(root, seconds, 0.2, wheel, QUALITY_STILL_S)


WORKLOADS = {"static": static, "typing": typing, "scrolling": scrolling, "animation": animation,
             "cleartype-typing": cleartype_typing, "cleartype-scrolling": cleartype_scrolling, "photos": photos,
             "video": video, "window-drag": window_drag, "web-page": web_page}


def main():
    name, amount = sys.argv[1], float(sys.argv[2])
    document = sys.argv[3] if len(sys.argv) > 3 else "/etc/services"
    WORKLOADS[name](amount, document)


if __name__ == "__main__":
    os.environ.setdefault("DISPLAY", ":0")
    main()
