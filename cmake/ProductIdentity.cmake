# Product identity in one place: names, version, reverse domain and installer identities.
set(TTC_PRODUCT_ID "tooltip-companion")
set(TTC_PRODUCT_NAME "ToolTip Companion")
set(TTC_PRODUCT_SUMMARY "Desktop AI companion: link previews, chat, voice")
set(TTC_VERSION "0.1.0")
set(TTC_ORG_NAME "ToolTip Companion")
set(TTC_ORG_DOMAIN "tooltipcompanion.org")
set(TTC_APP_ID "org.tooltipcompanion.ToolTipCompanion")
set(TTC_HOMEPAGE "https://tooltipcompanion.org")
# Never change: Windows Installer uses it to recognise upgrades of this product.
set(TTC_MSI_UPGRADE_CODE "6B1C9E52-3F0A-4D7E-9B58-2C41A7D3E810")
set(TTC_RELEASE_DATE "2026-11-28")  # date of TTC_VERSION, for the AppStream release entry
set(TTC_MAINTAINER "ToolTip Companion maintainers <packages@tooltipcompanion.org>")
set(TTC_BUGTRACKER "https://tooltipcompanion.org/issues")
set(TTC_SCREENSHOT_URL "https://tooltipcompanion.org/screenshots")
# SPDX identifier shown in AppStream and the installers; the owner decides the licence (proprietary until then).
set(TTC_LICENSE "LicenseRef-proprietary")
# macOS bundle identifier and the Windows Start menu folder follow the app id and product name.
set(TTC_BUNDLE_ID "${TTC_APP_ID}")
