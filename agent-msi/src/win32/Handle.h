// Handle: the one RAII owner for every Windows handle the agent opens. UniqueResource<Traits>
// is move-only and closes its handle exactly once; each kind of handle has one traits struct
// below (its invalid value and how it is closed) and one Unique... alias, which every owner
// in the agent uses, so nothing is closed by hand.
#pragma once

#include <windows.h>
#include <ntsecapi.h>
#include <objbase.h>
#include <userenv.h>
#include <wincrypt.h>
#include <winevt.h>
#include <winhttp.h>
#include <winsvc.h>

namespace adhoc::win32 {

template <typename Traits>
class UniqueResource {
public:
    using Type = typename Traits::Type;
    UniqueResource() = default;
    explicit UniqueResource(Type value) : value_(value) {}
    ~UniqueResource() { reset(); }
    UniqueResource(const UniqueResource&) = delete;
    UniqueResource& operator=(const UniqueResource&) = delete;
    UniqueResource(UniqueResource&& other) noexcept : value_(other.release()) {}
    UniqueResource& operator=(UniqueResource&& other) noexcept {
        if (this != &other) reset(other.release());
        return *this;
    }

    Type get() const { return value_; }
    bool valid() const { return Traits::valid(value_); }
    explicit operator bool() const { return valid(); }
    Type* put() {
        reset();
        return &value_;
    }
    Type release() {
        Type v = value_;
        value_ = Traits::invalid();
        return v;
    }
    void reset(Type value = Traits::invalid()) {
        if (Traits::valid(value_)) Traits::close(value_);
        value_ = value;
    }

private:
    Type value_ = Traits::invalid();
};

// Most kinds are invalid as null.
template <typename T>
struct NullIsInvalid {
    using Type = T;
    static Type invalid() { return nullptr; }
    static bool valid(Type h) { return h != nullptr; }
};

// Kernel objects: some calls answer null on failure, others INVALID_HANDLE_VALUE.
struct KernelHandleTraits : NullIsInvalid<HANDLE> {
    static bool valid(Type h) { return h != nullptr && h != INVALID_HANDLE_VALUE; }
    static void close(Type h) { CloseHandle(h); }
};
struct FindHandleTraits {  // FindFirstFile*
    using Type = HANDLE;
    static Type invalid() { return INVALID_HANDLE_VALUE; }
    static bool valid(Type h) { return h != INVALID_HANDLE_VALUE && h != nullptr; }
    static void close(Type h) { FindClose(h); }
};
struct RegKeyTraits : NullIsInvalid<HKEY> {
    static void close(Type h) { RegCloseKey(h); }
};
struct ServiceHandleTraits : NullIsInvalid<SC_HANDLE> {
    static void close(Type h) { CloseServiceHandle(h); }
};
struct InternetHandleTraits : NullIsInvalid<HINTERNET> {
    static void close(Type h) { WinHttpCloseHandle(h); }
};
struct LocalMemoryTraits : NullIsInvalid<HLOCAL> {
    static void close(Type h) { LocalFree(h); }
};
// Until SetClipboardData takes it over (then release()).
struct GlobalMemoryTraits : NullIsInvalid<HGLOBAL> {
    static void close(Type h) { GlobalFree(h); }
};
struct CoTaskMemoryTraits : NullIsInvalid<void*> {  // what the shell allocates for its caller
    static void close(Type h) { CoTaskMemFree(h); }
};
struct LsaHandleTraits : NullIsInvalid<LSA_HANDLE> {
    static void close(Type h) { LsaClose(h); }
};
struct ModuleTraits : NullIsInvalid<HMODULE> {  // LoadLibrary*
    static void close(Type h) { FreeLibrary(h); }
};
struct EnvironmentBlockTraits : NullIsInvalid<void*> {  // CreateEnvironmentBlock
    static void close(Type h) { DestroyEnvironmentBlock(h); }
};
struct ScreenDcTraits : NullIsInvalid<HDC> {  // GetDC(nullptr): the whole screen's
    static void close(Type h) { ReleaseDC(nullptr, h); }
};
struct MemoryDcTraits : NullIsInvalid<HDC> {  // CreateCompatibleDC
    static void close(Type h) { DeleteDC(h); }
};
struct GdiObjectTraits : NullIsInvalid<HGDIOBJ> {  // bitmaps, fonts
    static void close(Type h) { DeleteObject(h); }
};
struct DesktopTraits : NullIsInvalid<HDESK> {
    static void close(Type h) { CloseDesktop(h); }
};
struct EventLogHandleTraits : NullIsInvalid<EVT_HANDLE> {
    static void close(Type h) { EvtClose(h); }
};
struct CertificateTraits : NullIsInvalid<const CERT_CONTEXT*> {
    static void close(Type h) { CertFreeCertificateContext(h); }
};
struct CertStoreTraits : NullIsInvalid<HCERTSTORE> {
    static void close(Type h) { CertCloseStore(h, 0); }
};
struct CertChainTraits : NullIsInvalid<const CERT_CHAIN_CONTEXT*> {
    static void close(Type h) { CertFreeCertificateChain(h); }
};

using UniqueHandle = UniqueResource<KernelHandleTraits>;
using UniqueFind = UniqueResource<FindHandleTraits>;
using UniqueKey = UniqueResource<RegKeyTraits>;
using UniqueServiceHandle = UniqueResource<ServiceHandleTraits>;
using UniqueInternet = UniqueResource<InternetHandleTraits>;
using UniqueLocal = UniqueResource<LocalMemoryTraits>;
using UniqueGlobal = UniqueResource<GlobalMemoryTraits>;
using UniqueCoTaskMemory = UniqueResource<CoTaskMemoryTraits>;
using UniqueLsa = UniqueResource<LsaHandleTraits>;
using UniqueModule = UniqueResource<ModuleTraits>;
using UniqueEnvironment = UniqueResource<EnvironmentBlockTraits>;
using UniqueScreenDc = UniqueResource<ScreenDcTraits>;
using UniqueMemoryDc = UniqueResource<MemoryDcTraits>;
using UniqueGdiObject = UniqueResource<GdiObjectTraits>;
using UniqueDesktop = UniqueResource<DesktopTraits>;
using UniqueEventLog = UniqueResource<EventLogHandleTraits>;
using UniqueCertificate = UniqueResource<CertificateTraits>;
using UniqueCertStore = UniqueResource<CertStoreTraits>;
using UniqueCertChain = UniqueResource<CertChainTraits>;

// A CRITICAL_SECTION with scoped locking.
class CriticalSection {
public:
    CriticalSection() { InitializeCriticalSection(&cs_); }
    ~CriticalSection() { DeleteCriticalSection(&cs_); }
    CriticalSection(const CriticalSection&) = delete;
    CriticalSection& operator=(const CriticalSection&) = delete;
    void lock() { EnterCriticalSection(&cs_); }
    void unlock() { LeaveCriticalSection(&cs_); }
    CRITICAL_SECTION* native() { return &cs_; }

private:
    CRITICAL_SECTION cs_;
};

class Lock {
public:
    explicit Lock(CriticalSection& cs) : cs_(cs) { cs_.lock(); }
    ~Lock() { cs_.unlock(); }
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

private:
    CriticalSection& cs_;
};

}  // namespace adhoc::win32
