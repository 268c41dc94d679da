// JpegEncoder: see JpegEncoder.h.
#include "JpegEncoder.h"

#include <cstdio>
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

JpegEncoder::JpegEncoder() {
    failed(CoCreateInstance(CLSID_WICImagingFactory, nullptr, CLSCTX_INPROC_SERVER, IID_IWICImagingFactory,
                            reinterpret_cast<void**>(factory_.put())),
           "CoCreateInstance(WICImagingFactory)");
}

bool JpegEncoder::encode(const std::uint8_t* pixels, std::size_t stride, int width, int height, float quality,
                         std::vector<std::uint8_t>& out) {
    if (!factory_) return false;
    ComRef<IStream> stream;
    ComRef<IWICBitmapEncoder> encoder;
    ComRef<IWICBitmapFrameEncode> frame;
    ComRef<IPropertyBag2> options;
    if (failed(CreateStreamOnHGlobal(nullptr, TRUE, stream.put()), "CreateStreamOnHGlobal") ||
        failed(factory_->CreateEncoder(GUID_ContainerFormatJpeg, nullptr, encoder.put()), "CreateEncoder") ||
        failed(encoder->Initialize(stream.get(), WICBitmapEncoderNoCache), "Initialize") ||
        failed(encoder->CreateNewFrame(frame.put(), options.put()), "CreateNewFrame"))
        return false;
    PROPBAG2 option{};
    option.pstrName = const_cast<LPOLESTR>(L"ImageQuality");
    VARIANT value{};
    value.vt = VT_R4;
    value.fltVal = quality;
    failed(options->Write(1, &option, &value), "ImageQuality");  // the default quality is acceptable
    if (failed(frame->Initialize(options.get()), "frame Initialize") ||
        failed(frame->SetSize(static_cast<UINT>(width), static_cast<UINT>(height)), "SetSize") ||
        !writePixels(frame.get(), pixels, stride, width, height) || failed(frame->Commit(), "frame Commit") ||
        failed(encoder->Commit(), "Commit"))
        return false;
    return copyStream(stream.get(), out);
}

bool JpegEncoder::writePixels(IWICBitmapFrameEncode* frame, const std::uint8_t* pixels, std::size_t stride,
                              int width, int height) {
    WICPixelFormatGUID format = GUID_WICPixelFormat24bppBGR;
    if (failed(frame->SetPixelFormat(&format), "SetPixelFormat")) return false;
    if (!IsEqualGUID(format, GUID_WICPixelFormat24bppBGR)) {
        win32::Logger::error("remote control: the image encoder does not take the pixel format given");
        return false;
    }
    const std::size_t outStride = static_cast<std::size_t>(width) * 3;
    buffer_.resize(outStride * static_cast<std::size_t>(height));
    for (int y = 0; y < height; ++y) {
        const std::uint8_t* in = pixels + static_cast<std::size_t>(y) * stride;
        std::uint8_t* o = &buffer_[static_cast<std::size_t>(y) * outStride];
        for (int x = 0; x < width; ++x, in += 4, o += 3) {
            o[0] = in[0];
            o[1] = in[1];
            o[2] = in[2];
        }
    }
    return !failed(frame->WritePixels(static_cast<UINT>(height), static_cast<UINT>(outStride),
                                      static_cast<UINT>(buffer_.size()), buffer_.data()),
                   "WritePixels");
}

}  // namespace adhoc::remote
