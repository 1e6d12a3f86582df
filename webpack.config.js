// Builds the two pages of FOI Desk: the Outlook task pane (taskpane.html) and the Teams tab
// (tab.html), each a React + Fluent UI app, plus a copy of the app manifest and its icons.
//
//   npm run build                         production build into dist/
//   FOI_DESK_URL=https://foi.example.gov.uk/desk/ npm run build
//                                         also rewrites the manifest's https://localhost:3000/
//                                         addresses (and validDomains) to that address
//   npm start                             development server (scripts/start.js uses this config)
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const root = __dirname;
const devUrl = "https://localhost:3000/";

/**
 * Rewrites the development addresses in manifest.json (https://localhost:3000/…, and the
 * localhost:3000 valid domain) to the address the pages are deployed at, when one is given.
 */
function manifestForDeployment(content, target = process.env.FOI_DESK_URL) {
  if (!target) return content;
  const url = new URL(target.endsWith("/") ? target : `${target}/`);
  if (url.protocol !== "https:") {
    throw new Error(`FOI_DESK_URL must be an https:// address, not ${target}`);
  }
  const manifest = JSON.parse(content.toString());
  const rewritten = JSON.parse(JSON.stringify(manifest).split(devUrl).join(url.href));
  rewritten.validDomains = (rewritten.validDomains || []).map((domain) =>
    domain === "localhost:3000" || domain === "localhost" ? url.host : domain,
  );
  return JSON.stringify(rewritten, null, 2);
}

const pages = [
  { name: "taskpane", entry: "./src/taskpane/index.tsx", template: "./src/taskpane/taskpane.html" },
  { name: "tab", entry: "./src/teams-tab/index.tsx", template: "./src/teams-tab/tab.html" },
];

module.exports = (_env, argv = {}) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    context: root,
    entry: Object.fromEntries(pages.map((page) => [page.name, page.entry])),
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "",
      clean: true,
    },
    devtool: production ? "source-map" : "eval-cheap-module-source-map",
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      alias: { "@shared": path.join(root, "src/shared") },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type errors are reported by `npm run typecheck` (tsc); the build only transpiles.
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
            scriptLoading: "defer",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          {
            from: "manifest/manifest.json",
            to: "manifest.json",
            transform: (content) => manifestForDeployment(content),
          },
          { from: "manifest/icons", to: "icons" },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        chunks: "all",
        cacheGroups: {
          // Libraries loaded at start (React, Fluent, date-fns) are the same for both pages: one
          // file, cached once. teams-js is loaded on demand and keeps its own chunk.
          vendors: {
            test: /[\\/]node_modules[\\/]/,
            chunks: "initial",
            name: "vendors",
            priority: 10,
          },
        },
      },
    },
    // Budgets for the minified JavaScript a page loads. Microsoft asks add-ins to load in 500 ms;
    // our own budget is 300 KB gzip per page (about 900 KiB minified for React + Fluent).
    performance: {
      hints: production ? "warning" : false,
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 700 * 1024,
      assetFilter: (file) => file.endsWith(".js"),
    },
    devServer: {
      static: false,
      port: 3000,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.manifestForDeployment = manifestForDeployment;
