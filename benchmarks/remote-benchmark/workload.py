#!/usr/bin/env python3
"""The benchmark's scripted workloads on the X display in $DISPLAY (issue 6), the same for
every pipeline: both only watch the screen, the keys go to the X programs directly. (The
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

Prints "READY <epoch ms>" once the programs are up and the screen has settled, then
"DONE <epoch ms>" when the measured part ends; the last screen then stays 3 s.
Everything it starts ends with it.
"""
import os
import random
import subprocess
import sys
import time

SETTLE_S = 2.5
STILL_S = 3.0  # after DONE, the last screen stays this long
TYPED = ("The quick brown fox jumps over the lazy dog while the technician watches. "
         "Remote support should feel like sitting at the PC: every key shows at once. ")


def now_ms():
    return time.time() * 1000.0


def say(*words):
    print(*words, flush=True)


def xdotool(*args):
    subprocess.run(["xdotool", *args], check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def xterm(title, geometry, *command):
    process = subprocess.Popen(["xterm", "-T", title, "-geometry", geometry, "-e", *command],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    xdotool("search", "--sync", "--name", title, "windowfocus", "--sync")
    return process


def stop(process):
    process.terminate()
    try:
        process.wait(5)
    except subprocess.TimeoutExpired:
        process.kill()


def with_xterm(seconds, title, geometry, command, drive):
    term = xterm(title, geometry, *command)
    try:
        xdotool("mousemove", "1919", "1079")  # out of the way; keyboard focus stays on the xterm
        time.sleep(SETTLE_S)
        say("READY", now_ms())
        drive(seconds)
        say("DONE", now_ms())
        time.sleep(STILL_S)  # the benchmark keeps a screenshot of the last screen meanwhile
    finally:
        stop(term)
        time.sleep(1.0)


def static(seconds, document):
    with_xterm(seconds, "bench-static", "160x50+40+40", ["less", document], time.sleep)


def typing(seconds, document):
    def drive(s):
        text = (TYPED * 10)[: int(s * 10)]
        # xdotool waits half the delay after each key down and half after each key up.
        subprocess.run(["xdotool", "type", "--delay", "200", text], check=False)

    with_xterm(seconds, "bench-typing", "160x50+40+40", ["vim", "-u", "NONE", "-N", "-n", "-i", "NONE", "-c", "startinsert"],
               drive)


def scrolling(seconds, document):
    def drive(s):
        end = time.monotonic() + s
        tick = time.monotonic()
        while tick < end:
            xdotool("key", "space")
            tick += 0.2
            time.sleep(max(0.0, tick - time.monotonic()))

    with_xterm(seconds, "bench-scrolling", "300x80+0+0", ["less", document], drive)


def tk_window(geometry, title):
    import tkinter
    root = tkinter.Tk()
    root.title(title)
    root.overrideredirect(True)
    root.geometry(geometry)
    return tkinter, root


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
    # The frame number in 12 black/white squares (20 px, most significant first) at the top left,
    # above the discs: the viewer's page reads it to count the distinct frames it shows.
    bits = [canvas.create_rectangle(20 * i, 0, 20 * i + 20, 20, fill="black", outline="") for i in range(12)]
    state = {"next": time.monotonic(), "number": 0, "still": False}

    def frame():
        if state["still"]:
            return
        state["number"] = (state["number"] + 1) % 4096
        for i, item in enumerate(bits):
            canvas.itemconfigure(item, fill="white" if state["number"] >> (11 - i) & 1 else "black")
        for d in discs:
            item, x, y, r, dx, dy = d
            if not r <= x + dx <= 960 - r:
                d[4] = dx = -dx
            if not r <= y + dy <= 1080 - r:
                d[5] = dy = -dy
            d[1], d[2] = x + dx, y + dy
            canvas.move(item, dx, dy)
        state["next"] += 0.04  # 25 fps
        root.after(max(1, int((state["next"] - time.monotonic()) * 1000)), frame)

    root.after(int(SETTLE_S * 1000), lambda: say("READY", now_ms()))
    def done():
        state["still"] = True
        say("DONE", now_ms())
        root.after(int(STILL_S * 1000), root.destroy)

    root.after(int((SETTLE_S + seconds) * 1000), done)
    root.after(0, frame)
    root.mainloop()
    time.sleep(1.0)


def main():
    name, amount = sys.argv[1], float(sys.argv[2])
    document = sys.argv[3] if len(sys.argv) > 3 else "/etc/services"
    {"static": static, "typing": typing, "scrolling": scrolling, "animation": animation}[name](
        amount, document)


if __name__ == "__main__":
    os.environ.setdefault("DISPLAY", ":0")
    main()
