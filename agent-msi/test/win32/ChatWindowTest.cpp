// ChatWindowTest: the chat window under Wine and Xvfb: its title, the technician's
// message opening it, Enter sending what the user typed (trimmed), closing hiding it.
#include <windows.h>

#include "../../src/chat/ChatWindow.h"
#include "../../src/core/Strings.h"
#include "../../src/win32/TextConvert.h"
#include <doctest/doctest.h>
#include "FakePeer.h"

using namespace adhoc;
using adhoc::test::FakePeer;
using adhoc::test::request;
using win32::TextConvert;

namespace {

std::wstring textOf(HWND window) {
    int length = GetWindowTextLengthW(window);
    std::wstring text(static_cast<std::size_t>(length) + 1, L'\0');
    GetWindowTextW(window, &text[0], length + 1);
    text.resize(static_cast<std::size_t>(length));
    return text;
}

bool waitVisible(HWND window, bool visible) {
    for (int i = 0; i < 300; ++i) {
        if ((IsWindowVisible(window) != FALSE) == visible) return true;
        Sleep(10);
    }
    return false;
}

}  // namespace

TEST_CASE("chat_window_shows_messages_and_sends_typed_lines") {
    FakePeer peer;
    chat::ChatWindow chat(peer, L"Anna Bianchi", false);
    HWND window = chat.window();
    CHECK(IsWindow(window));
    Language language = Strings::fromLangId(GetUserDefaultUILanguage());
    std::string title = Strings::format(Strings::get(language, StringId::ChatTitle), "Anna Bianchi");
    CHECK(TextConvert::toUtf8(textOf(window)) == title);
    CHECK(FindWindowW(nullptr, TextConvert::toWide(title).c_str()) == window);
    CHECK(!IsWindowVisible(window));
    CHECK((GetWindowLongW(window, GWL_EXSTYLE) & WS_EX_TOPMOST) != 0);

    CHECK(chat.onText(request(R"({"type":"chat","text":"Ciao, sono Anna","from":"technician","at":"2026-11-25T10:00:00Z"})")));
    CHECK(waitVisible(window, true));
    HWND transcript = GetDlgItem(window, chat::ChatWindow::kTranscriptId);
    CHECK(textOf(transcript).find(L"Anna Bianchi: Ciao, sono Anna") != std::wstring::npos);

    HWND input = GetDlgItem(window, chat::ChatWindow::kInputId);
    SetWindowTextW(input, L"   ");
    SendMessageW(input, WM_CHAR, VK_RETURN, 0);
    SetWindowTextW(input, L"  Buongiorno \u00e8 qui  ");
    SendMessageW(input, WM_CHAR, VK_RETURN, 0);
    Json sent = peer.waitFor("chat");
    CHECK_EQ(sent.getString("text"), std::string("Buongiorno \xC3\xA8 qui"));
    CHECK_EQ(peer.texts().size(), 1u);
    CHECK(textOf(input).empty());
    std::wstring you = TextConvert::toWide(Strings::get(language, StringId::ChatYou));
    CHECK(textOf(transcript).find(you + L": Buongiorno \u00e8 qui") != std::wstring::npos);

    SendMessageW(window, WM_CLOSE, 0, 0);
    CHECK(waitVisible(window, false));
    CHECK(IsWindow(window));
    chat.onText(request(R"({"type":"chat","text":"Sei ancora l\u00ec?","from":"technician"})"));
    CHECK(waitVisible(window, true));
    CHECK(!chat.onText(request(R"({"type":"list","id":1})")));
    chat.stop();
    CHECK(!IsWindow(window));
}

TEST_CASE("chat_window_opens_at_start_when_asked") {
    FakePeer peer;
    chat::ChatWindow chat(peer, L"Nicol\u00f2", true);
    CHECK(waitVisible(chat.window(), true));
}
