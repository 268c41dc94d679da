// ImageEncoder: see ImageEncoder.h.
#include "ImageEncoder.h"

#include <cstdio>
#include <cstring>
#include <string>

#include "../win32/Logger.h"

namespace adhoc::remote {

namespace {

bool failed(HRESULT hr, const char* what) {
    if (SUCCEEDED(hr)) return false;
    char code[16];
    std::snprintf(code, sizeof code, "0x%08lX", static_cast<unsigned long>(hr));
    win32::Logger::error(std::string("remote control: image encoding failed at ") + what + ": " + code);
    return true;
}

bool copyStream(IStream* stream, std::vector<std::uint8_t>& out) {
    STATSTG stat{};
    HGLOBAL memory = nullptr;
    if (failed(stream->Stat(&stat, STATFLAG_NONAME), "Stat") ||
        failed(GetHGlobalFromStream(stream, &memory), "GetHGlobalFromStream"))
        return false;
    const void* data = GlobalLock(memory);
    if (!data) return false;
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out.assign(bytes, bytes + stat.cbSize.QuadPart);
    GlobalUnlock(memory);
    return true;
}

}  // namespace

ImageEncoder::ImageEncoder() {
    failed(CoCreateInstance(CLSID_WICImagingFactory, nullptr, CLSCTX_INPROC_SERVER, IID_IWICImagingFactory,
                            reinterpret_cast<void**>(factory_.put())),
           "CoCreateInstance(WICImagingFactory)");
}

bool ImageEncoder::jpeg(const std::uint8_t* pixels, std::size_t stride, int width, int height, float quality,
                        std::vector<std::uint8_t>& out) {
    return encode(GUID_ContainerFormatJpeg, {pixels, stride, width, height, false}, quality, out);
}

bool ImageEncoder::png(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                       std::vector<std::uint8_t>& out) {
    return encode(GUID_ContainerFormatPng, {pixels, stride, width, height, false}, -1.0f, out);
}

bool ImageEncoder::pngWithAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                                std::vector<std::uint8_t>& out) {
    return encode(GUID_ContainerFormatPng, {pixels, stride, width, height, true}, -1.0f, out);
}

bool ImageEncoder::encode(const GUID& container, const Image& image, float jpegQuality,
                          std::vector<std::uint8_t>& out) {
    if (!factory_) return false;
    ComRef<IStream> stream;
    ComRef<IWICBitmapEncoder> encoder;
    ComRef<IWICBitmapFrameEncode> frame;
    ComRef<IPropertyBag2> options;
    if (failed(CreateStreamOnHGlobal(nullptr, TRUE, stream.put()), "CreateStreamOnHGlobal") ||
        failed(factory_->CreateEncoder(container, nullptr, encoder.put()), "CreateEncoder") ||
        failed(encoder->Initialize(stream.get(), WICBitmapEncoderNoCache), "Initialize") ||
        failed(encoder->CreateNewFrame(frame.put(), options.put()), "CreateNewFrame"))
        return false;
    if (jpegQuality >= 0.0f) {
        PROPBAG2 option{};
        option.pstrName = const_cast<LPOLESTR>(L"ImageQuality");
        VARIANT value{};
        value.vt = VT_R4;
        value.fltVal = jpegQuality;
        failed(options->Write(1, &option, &value), "ImageQuality");  // the default quality is acceptable
    }
    if (failed(frame->Initialize(options.get()), "frame Initialize") ||
        failed(frame->SetSize(static_cast<UINT>(image.width), static_cast<UINT>(image.height)), "SetSize") ||
        !writePixels(frame.get(), image) || failed(frame->Commit(), "frame Commit") ||
        failed(encoder->Commit(), "Commit"))
        return false;
    return copyStream(stream.get(), out);
}

bool ImageEncoder::writePixels(IWICBitmapFrameEncode* frame, const Image& image) {
    const GUID wanted = image.alpha ? GUID_WICPixelFormat32bppBGRA : GUID_WICPixelFormat24bppBGR;
    WICPixelFormatGUID format = wanted;
    if (failed(frame->SetPixelFormat(&format), "SetPixelFormat")) return false;
    if (!IsEqualGUID(format, wanted)) {
        win32::Logger::error("remote control: the image encoder does not take the pixel format given");
        return false;
    }
    const UINT outStride = static_cast<UINT>(image.width) * (image.alpha ? 4 : 3);
    buffer_.resize(static_cast<std::size_t>(outStride) * static_cast<std::size_t>(image.height));
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* in = image.pixels + static_cast<std::size_t>(y) * image.stride;
        std::uint8_t* o = &buffer_[static_cast<std::size_t>(y) * outStride];
        if (image.alpha) {
            std::memcpy(o, in, outStride);
            continue;
        }
        for (int x = 0; x < image.width; ++x, in += 4, o += 3) {
            o[0] = in[0];
            o[1] = in[1];
            o[2] = in[2];
        }
    }
    return !failed(frame->WritePixels(static_cast<UINT>(image.height), outStride, static_cast<UINT>(buffer_.size()),
                                      buffer_.data()),
                   "WritePixels");
}

}  // namespace adhoc::remote
