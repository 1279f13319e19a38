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
