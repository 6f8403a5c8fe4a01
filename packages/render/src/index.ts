/**
 * `@tiendo/render`: the Tiến độ elements rendered on the server (Node) to HTML that shows the whole
 * widget before any script runs: declarative shadow DOM, the data inline, a plain table for
 * readers without `<template>`; standalone pages for an `<iframe>` and their oEmbed. The
 * `tiendo-render` command calls these.
 * @packageDocumentation
 */
export { renderSnippet, toDataset, RenderError, type Snippet, type SnippetOptions } from './snippet.js';
export { ELEMENT_TAGS, attributeNames, type ElementName } from './ssr.js';
export { compactCss, styleHash, styleHashes } from './styles.js';
export { escapeHtml, jsonForScript } from './escape.js';
export { renderPage, pagePolicy, iframeHtml, oembed, PAGE_CSS, type PageOptions, type FrameOptions } from './page.js';
export { frameHeight } from './frame-height.js';
export { renderArticle, type ArticleConfig, type ArticleWidget, type ArticleResult } from './article.js';
export { runRender, USAGE } from './cli.js';
