// The official openai Node SDK consuming a chat stream, as the baseline for bench_chat_e2e.
// Usage: node openai_sdk_consume.mjs BASE_URL  (text to stdout)
import OpenAI from 'openai';

const client = new OpenAI({ apiKey: 'sk-bench-not-a-key', baseURL: process.argv[2], maxRetries: 0 });
const stream = await client.chat.completions.create({
    model: 'fake-model',
    messages: [{ role: 'user', content: 'hi' }],
    stream: true,
    stream_options: { include_usage: true },
});
for await (const chunk of stream) {
    const text = chunk.choices[0]?.delta?.content;
    if (text) process.stdout.write(text);
}
