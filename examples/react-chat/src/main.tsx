import { TwinChatProvider } from "@twin-chat/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ChatWidget } from "./chat-widget.js";
import "./style.css";

// The API to talk to: `?api=` in the page's URL, else the local mock (`pnpm start`); the chat: `?chat=`.
const params = new URLSearchParams(location.search);
const config = {
  baseUrl: params.get("api") ?? "http://127.0.0.1:4010",
  storage: sessionStorage, // a reload continues the same conversation
  timeoutMs: 8_000,
};

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <TwinChatProvider config={config}>
      <ChatWidget chatId={params.get("chat") ?? "demo-chat"} />
    </TwinChatProvider>
  </StrictMode>,
);
