// TextConvert: see TextConvert.h.
#include "TextConvert.h"

#include "Handle.h"

namespace adhoc::win32 {

std::wstring TextConvert::toWide(const std::string& utf8) {
    if (utf8.empty()) return {};
    int n = MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), nullptr, 0);
    if (n <= 0) return {};
    std::wstring out(static_cast<size_t>(n), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, utf8.data(), static_cast<int>(utf8.size()), &out[0], n);
    return out;
}

std::string TextConvert::toUtf8(const std::wstring& wide) {
    if (wide.empty()) return {};
    int n = WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), nullptr, 0,
                                nullptr, nullptr);
    if (n <= 0) return {};
    std::string out(static_cast<size_t>(n), '\0');
    WideCharToMultiByte(CP_UTF8, 0, wide.data(), static_cast<int>(wide.size()), &out[0], n, nullptr,
                        nullptr);
    return out;
}

std::string TextConvert::errorText(DWORD code) {
    wchar_t* buffer = nullptr;  // allocated by FormatMessageW, owned by `owner` below
    DWORD flags = FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS;
    DWORD n = FormatMessageW(flags, nullptr, code, 0, reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    if (n == 0 && code >= 12000 && code < 13000) {
        HMODULE winhttp = GetModuleHandleW(L"winhttp.dll");
        if (winhttp)
            n = FormatMessageW(flags | FORMAT_MESSAGE_FROM_HMODULE, winhttp, code, 0,
                               reinterpret_cast<wchar_t*>(&buffer), 0, nullptr);
    }
    UniqueLocal owner(buffer);
    std::string text = std::to_string(code);
    if (n > 0 && buffer) {
        std::wstring message(buffer, n);
        while (!message.empty() && (message.back() == L'\n' || message.back() == L'\r' || message.back() == L' '))
            message.pop_back();
        text += " (" + toUtf8(message) + ")";
    }
    return text;
}

void TextConvert::wipe(std::wstring& text) {
    if (!text.empty()) SecureZeroMemory(&text[0], text.size() * sizeof(wchar_t));
    text.clear();
}

}  // namespace adhoc::win32
