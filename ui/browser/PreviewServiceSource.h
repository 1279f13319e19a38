#pragma once

#include "PreviewSource.h"
#include "preview/PreviewService.h"

namespace ttc::browser {

// The overlay's source in the app: the core preview pipeline (cache → fetch → extract → summary). Private windows
// use CacheMode::Bypass so that nothing they hover is stored.
class PreviewServiceSource final : public PreviewSource
{
public:
    explicit PreviewServiceSource(preview::PreviewService &service,
                                  preview::PreviewService::CacheMode mode = preview::PreviewService::CacheMode::Use)
        : m_service(service), m_mode(mode)
    {
    }

    void request(const QUrl &url, QObject *context, Callback done) override
    {
        m_service.request(url, context, std::move(done), m_mode);
    }

    bool storesPreviews() const override { return m_mode != preview::PreviewService::CacheMode::Bypass; }
    void setThumbnail(const QUrl &url, const QByteArray &png) override
    {
        if (storesPreviews())
            m_service.setThumbnail(url, png);
    }
    void fetchFavicon(const QUrl &iconUrl, QObject *context, BytesCallback done) override
    {
        m_service.fetchFavicon(iconUrl, context, std::move(done));
    }
    void setFavicon(const QUrl &url, const QByteArray &png) override
    {
        if (storesPreviews())
            m_service.setFavicon(url, png);
    }

private:
    preview::PreviewService &m_service;
    preview::PreviewService::CacheMode m_mode;
};

} // namespace ttc::browser
