"""The Conversations API from the sync client: a conversation with a first item, a tool loop in it by
`conversation` (the call's output alone the second time), its items paged, one item read and deleted, the
metadata updated, the conversation deleted, and the SDK's classes re-validated."""
import openai
from openai.types.conversations import Conversation

from common import WEATHER, client, names, problems


def run():
    c = client("openai", "python-conversations")
    conversation = c.conversations.create(metadata={"topic": "weather"}, items=[{"type": "message", "role": "user", "content": "Hello"}])
    first = c.responses.create(model="gpt-4o", input="What is the weather in Paris?", tools=[WEATHER], conversation=conversation.id)
    call = first.output[0]
    second = c.responses.create(model="gpt-4o", tools=[WEATHER], conversation={"id": conversation.id},
                                input=[{"type": "function_call_output", "call_id": call.call_id, "output": "sunny, 22 C"}])
    items = list(c.conversations.items.list(conversation.id, order="asc", limit=2))
    one = c.conversations.items.retrieve(items[0].id, conversation_id=conversation.id)
    after_delete = c.conversations.items.delete(items[0].id, conversation_id=conversation.id)
    updated = c.conversations.update(conversation.id, metadata={"topic": "done"})
    deleted = c.conversations.delete(conversation.id)
    try:
        c.conversations.retrieve(conversation.id)
        missing = None
    except openai.NotFoundError as error:
        missing = {"status": error.status_code, "message": error.message}
    return {
        "conversation": {"class": type(conversation).__name__, "id": conversation.id, "metadata": conversation.metadata,
                         "problems": problems(conversation, Conversation)},
        "first": {"conversation": first.conversation.id if first.conversation else None, "items": names(first.output)},
        "second": {"output_text": second.output_text},
        "items": {"classes": names(items), "types": [item.type for item in items]},
        "one": {"id": one.id, "content": one.content[0].text},
        "after_delete": type(after_delete).__name__,
        "updated": updated.metadata,
        "deleted": {"id": deleted.id, "deleted": deleted.deleted, "object": deleted.object},
        "missing": missing,
    }
