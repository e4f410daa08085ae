import { TwinChatProvider } from "@twin-chat/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ChatWidget } from "./chat-widget.js";
import { ElementChat } from "./element-chat.js";
import "./style.css";

// The API to talk to: `?api=` in the page's URL, else the local mock (`pnpm start`); the chat: `?chat=`; `?element`
// shows the drop-in <twin-chat> element of @twin-chat/widget instead of the widget written with the hook.
const params = new URLSearchParams(location.search);
const config = {
  baseUrl: params.get("api") ?? "http://127.0.0.1:4010",
  storage: localStorage, // a reload, or another tab, continues the conversation and its queued messages
  timeoutMs: 8_000,
};

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <TwinChatProvider config={config}>
      {params.has("element") ? (
        <ElementChat baseUrl={config.baseUrl} chatId={params.get("chat") ?? "demo-chat"} />
      ) : (
        <ChatWidget chatId={params.get("chat") ?? "demo-chat"} />
      )}
    </TwinChatProvider>
  </StrictMode>,
);
