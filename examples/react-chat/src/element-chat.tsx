import "@twin-chat/widget";
import type { TwinChatElement } from "@twin-chat/widget";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      /** The `<twin-chat>` element of `@twin-chat/widget`, with its attributes. */
      "twin-chat": import("react").DetailedHTMLProps<
        import("react").HTMLAttributes<TwinChatElement>,
        TwinChatElement
      > & {
        "base-url": string;
        "chat-id": string;
        "client-name"?: string;
        storage?: "local" | "session" | "none";
        lang?: "en" | "ru";
        theme?: "light" | "dark" | "auto";
        mode?: "launcher" | "inline";
      };
    }
  }
}

/**
 * The same chat as `<ChatWidget>`, as the `<twin-chat>` element of `@twin-chat/widget`: React 19 renders custom
 * elements as they are, attributes and all; on the server it renders the tag and opens nothing.
 */
export function ElementChat({ baseUrl, chatId }: { baseUrl: string; chatId: string }) {
  return <twin-chat base-url={baseUrl} chat-id={chatId} mode="inline" storage="session" />;
}
