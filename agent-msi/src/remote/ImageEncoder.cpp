// ImageEncoder: see ImageEncoder.h.
#include "ImageEncoder.h"

#include <array>
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
    return encode(GUID_ContainerFormatJpeg, {pixels, stride, width, height, Output::Bgr}, quality, out);
}

bool ImageEncoder::png(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                       std::vector<std::uint8_t>& out) {
    return encode(GUID_ContainerFormatPng, {pixels, stride, width, height, Output::PaletteOrBgr}, -1.0f, out);
}

bool ImageEncoder::pngWithAlpha(const std::uint8_t* pixels, std::size_t stride, int width, int height,
                                std::vector<std::uint8_t>& out) {
    return encode(GUID_ContainerFormatPng, {pixels, stride, width, height, Output::Bgra}, -1.0f, out);
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
    // Text and windows: a palette PNG carries a third of the data or less into deflate.
    if (image.output == Output::PaletteOrBgr && toPalette(image) && writeIndexed(frame, image)) return true;
    const bool alpha = image.output == Output::Bgra;
    const GUID wanted = alpha ? GUID_WICPixelFormat32bppBGRA : GUID_WICPixelFormat24bppBGR;
    WICPixelFormatGUID format = wanted;
    if (failed(frame->SetPixelFormat(&format), "SetPixelFormat")) return false;
    if (!IsEqualGUID(format, wanted)) {
        win32::Logger::error("remote control: the image encoder does not take the pixel format given");
        return false;
    }
    const UINT outStride = static_cast<UINT>(image.width) * (alpha ? 4 : 3);
    if (alpha) {
        buffer_.resize(static_cast<std::size_t>(outStride) * static_cast<std::size_t>(image.height));
        for (int y = 0; y < image.height; ++y)
            std::memcpy(&buffer_[static_cast<std::size_t>(y) * outStride],
                        image.pixels + static_cast<std::size_t>(y) * image.stride, outStride);
    } else {
        toBgr(image);
    }
    return !failed(frame->WritePixels(static_cast<UINT>(image.height), outStride, static_cast<UINT>(buffer_.size()),
                                      buffer_.data()),
                   "WritePixels");
}

bool ImageEncoder::writeIndexed(IWICBitmapFrameEncode* frame, const Image& image) {
    const GUID wanted = bitsPerIndex_ == 1   ? GUID_WICPixelFormat1bppIndexed
                        : bitsPerIndex_ == 2 ? GUID_WICPixelFormat2bppIndexed
                        : bitsPerIndex_ == 4 ? GUID_WICPixelFormat4bppIndexed
                                             : GUID_WICPixelFormat8bppIndexed;
    WICPixelFormatGUID format = wanted;
    // An encoder without palettes offers another format: the caller falls back to 24 bits.
    if (FAILED(frame->SetPixelFormat(&format)) || !IsEqualGUID(format, wanted)) return false;
    ComRef<IWICPalette> palette;
    if (failed(factory_->CreatePalette(palette.put()), "CreatePalette") ||
        failed(palette->InitializeCustom(palette_.data(), static_cast<UINT>(palette_.size())), "InitializeCustom") ||
        failed(frame->SetPalette(palette.get()), "SetPalette"))
        return false;
    const UINT rowBytes = (static_cast<UINT>(image.width) * bitsPerIndex_ + 7) / 8;
    buffer_.assign(static_cast<std::size_t>(rowBytes) * static_cast<std::size_t>(image.height), 0);
    const UINT perByte = 8 / bitsPerIndex_;
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* in = &indices_[static_cast<std::size_t>(y) * static_cast<std::size_t>(image.width)];
        std::uint8_t* out = &buffer_[static_cast<std::size_t>(y) * rowBytes];
        for (UINT x = 0; x < static_cast<UINT>(image.width); ++x) {
            const UINT shift = 8 - bitsPerIndex_ * (x % perByte + 1);  // first pixel in the high bits
            out[x / perByte] = static_cast<std::uint8_t>(out[x / perByte] | (in[x] << shift));
        }
    }
    return !failed(frame->WritePixels(static_cast<UINT>(image.height), rowBytes, static_cast<UINT>(buffer_.size()),
                                      buffer_.data()),
                   "WritePixels");
}

bool ImageEncoder::toPalette(const Image& image) {
    // Colour -> index through a small open-addressing table (at most 256 of its 1024 slots used).
    constexpr std::size_t kSlots = 1024;
    std::array<WICColor, kSlots> keys{};  // 0: empty (every stored colour has alpha 0xFF)
    std::array<std::uint8_t, kSlots> values{};
    palette_.clear();
    indices_.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height));
    std::size_t at = 0;
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* in = image.pixels + static_cast<std::size_t>(y) * image.stride;
        for (int x = 0; x < image.width; ++x, in += 4) {
            const WICColor color = 0xFF000000u | (static_cast<WICColor>(in[2]) << 16) |
                                   (static_cast<WICColor>(in[1]) << 8) | in[0];
            std::size_t slot = (color * 2654435761u) >> 22;  // top 10 bits of a multiplicative hash
            while (keys[slot] != 0 && keys[slot] != color) slot = (slot + 1) % kSlots;
            if (keys[slot] == 0) {
                if (palette_.size() == 256) return false;
                keys[slot] = color;
                values[slot] = static_cast<std::uint8_t>(palette_.size());
                palette_.push_back(color);
            }
            indices_[at++] = values[slot];
        }
    }
    const std::size_t colors = palette_.size();
    bitsPerIndex_ = colors <= 2 ? 1 : colors <= 4 ? 2 : colors <= 16 ? 4 : 8;
    return true;
}

void ImageEncoder::toBgr(const Image& image) {
    const std::size_t outStride = static_cast<std::size_t>(image.width) * 3;
    buffer_.resize(outStride * static_cast<std::size_t>(image.height));
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t* in = image.pixels + static_cast<std::size_t>(y) * image.stride;
        std::uint8_t* o = &buffer_[static_cast<std::size_t>(y) * outStride];
        for (int x = 0; x < image.width; ++x, in += 4, o += 3) {
            o[0] = in[0];
            o[1] = in[1];
            o[2] = in[2];
        }
    }
}

}  // namespace adhoc::remote
