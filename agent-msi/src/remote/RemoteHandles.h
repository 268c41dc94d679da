// RemoteHandles: RAII owners for the GDI, desktop and COM objects Remote Control uses,
// on top of win32/Handle.h's UniqueResource.
#pragma once

#include <windows.h>
#include <unknwn.h>

#include "../win32/Handle.h"

namespace adhoc::remote {

struct MemoryDcTraits {
    using Type = HDC;
    static Type invalid() { return nullptr; }
    static bool valid(Type h) { return h != nullptr; }
    static void close(Type h) { DeleteDC(h); }
};

struct GdiObjectTraits {
    using Type = HGDIOBJ;
    static Type invalid() { return nullptr; }
    static bool valid(Type h) { return h != nullptr; }
    static void close(Type h) { DeleteObject(h); }
};

struct DesktopTraits {
    using Type = HDESK;
    static Type invalid() { return nullptr; }
    static bool valid(Type h) { return h != nullptr; }
    static void close(Type h) { CloseDesktop(h); }
};

using UniqueMemoryDc = win32::UniqueResource<MemoryDcTraits>;
using UniqueGdiObject = win32::UniqueResource<GdiObjectTraits>;
using UniqueDesktop = win32::UniqueResource<DesktopTraits>;

// Owns one reference to a COM object.
template <typename T>
class ComRef {
public:
    ComRef() = default;
    ~ComRef() { reset(); }
    ComRef(const ComRef&) = delete;
    ComRef& operator=(const ComRef&) = delete;
    T* get() const { return ptr_; }
    T* operator->() const { return ptr_; }
    explicit operator bool() const { return ptr_ != nullptr; }
    T** put() {
        reset();
        return &ptr_;
    }
    void reset() {
        if (ptr_) ptr_->Release();
        ptr_ = nullptr;
    }

private:
    T* ptr_ = nullptr;
};

// COM for the current thread, for as long as the object lives.
class ComApartment {
public:
    ComApartment() : ok_(SUCCEEDED(CoInitializeEx(nullptr, COINIT_MULTITHREADED))) {}
    ~ComApartment() {
        if (ok_) CoUninitialize();
    }
    ComApartment(const ComApartment&) = delete;
    ComApartment& operator=(const ComApartment&) = delete;

private:
    bool ok_;
};

}  // namespace adhoc::remote
