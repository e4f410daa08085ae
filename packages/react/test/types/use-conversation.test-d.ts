import { describe, expectTypeOf, it } from "vitest";
import {
  type ConversationMessage,
  type ConversationView,
  type MessageState,
  type TwinChatConfig,
  useConversation,
} from "../../src/index.js";

describe("useConversation's types", () => {
  it("returns the chat's snapshot with typed messages, and its actions", () => {
    expectTypeOf(useConversation).returns.toEqualTypeOf<ConversationView>();
    expectTypeOf<ConversationView["messages"]>().toEqualTypeOf<readonly ConversationMessage[]>();
    expectTypeOf<ConversationView["messages"][number]["state"]>().toEqualTypeOf<MessageState>();
    expectTypeOf<ConversationView["send"]>().parameter(0).toEqualTypeOf<string>();
    expectTypeOf<ConversationView["discard"]>().returns.toEqualTypeOf<boolean>();
  });

  it("rejects what the chat would reject", () => {
    const view = {} as ConversationView;
    // @ts-expect-error: a message is text
    void view.send(42);
    // @ts-expect-error: resend takes a message's key
    void view.resend();
    // @ts-expect-error: the options name the conversation as an object
    useConversation("demo-chat");
    // @ts-expect-error: close belongs to the hook (on unmount), not to the view's actions
    view.close();
  });

  it("keeps chatId and sessionId out of the provider's configuration", () => {
    // @ts-expect-error: which conversation is each useConversation's choice
    const config: TwinChatConfig = { chatId: "demo-chat" };
    expectTypeOf(config).toHaveProperty("baseUrl");
  });
});
