"""
The tiny model of the AI pattern's runtime conformance (issue 27, ADR 0430): a 4-layer llama
architecture with random weights and a character-level SentencePiece-style vocabulary, written
as GGUF with the `gguf` package. It answers nonsense, but deterministically: the weights come
from numpy's PCG64 generator with a fixed seed, every float is float32 and the file carries no
date, so the same pinned inputs (gguf 0.19.0, numpy 2.2.6, this file) give the same bytes.

The output rows of the control and byte tokens are zero, so greedy sampling picks printable
characters (a clean UTF-8 completion) and never the end-of-text token.

usage: python3 make_tiny_gguf.py <out.gguf>
"""
import sys

import gguf
import numpy as np

SEED = 27
N_EMBD = 128
N_FF = 384
N_LAYER = 4
N_HEAD = 4
N_CTX = 512
NAME = "stackwerk-tiny"

CHAT_TEMPLATE = (
    "{% for m in messages %}<|{{ m['role'] }}|>{{ m['content'] }}\n{% endfor %}"
    "{% if add_generation_prompt %}<|assistant|>{% endif %}"
)


def vocabulary():
    """Tokens, scores and types: <unk>, <s>, </s>, the 256 byte tokens, the space marker and printable ASCII."""
    tokens = ["<unk>", "<s>", "</s>"] + [f"<0x{b:02X}>" for b in range(256)] + ["\u2581"] + [chr(c) for c in range(0x21, 0x7F)]
    types = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL] + [gguf.TokenType.BYTE] * 256
    types += [gguf.TokenType.NORMAL] * (len(tokens) - len(types))
    scores = [0.0] * 259 + [-float(i) for i in range(len(tokens) - 259)]
    return tokens, scores, types


def main(out: str) -> None:
    rng = np.random.default_rng(SEED)
    tokens, scores, types = vocabulary()
    n_vocab = len(tokens)

    def w(*shape):
        return (rng.standard_normal(shape) * 0.5).astype(np.float32)

    writer = gguf.GGUFWriter(out, "llama")
    writer.add_name(NAME)
    writer.add_context_length(N_CTX)
    writer.add_embedding_length(N_EMBD)
    writer.add_block_count(N_LAYER)
    writer.add_feed_forward_length(N_FF)
    writer.add_head_count(N_HEAD)
    writer.add_head_count_kv(N_HEAD)
    writer.add_rope_dimension_count(N_EMBD // N_HEAD)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_vocab_size(n_vocab)
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    writer.add_unk_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(True)
    writer.add_add_eos_token(False)
    writer.add_chat_template(CHAT_TEMPLATE)

    ones = np.ones(N_EMBD, dtype=np.float32)
    writer.add_tensor("token_embd.weight", w(n_vocab, N_EMBD))
    for i in range(N_LAYER):
        writer.add_tensor(f"blk.{i}.attn_norm.weight", ones.copy())
        writer.add_tensor(f"blk.{i}.attn_q.weight", w(N_EMBD, N_EMBD))
        writer.add_tensor(f"blk.{i}.attn_k.weight", w(N_EMBD, N_EMBD))
        writer.add_tensor(f"blk.{i}.attn_v.weight", w(N_EMBD, N_EMBD))
        writer.add_tensor(f"blk.{i}.attn_output.weight", w(N_EMBD, N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_norm.weight", ones.copy())
        writer.add_tensor(f"blk.{i}.ffn_gate.weight", w(N_FF, N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_up.weight", w(N_FF, N_EMBD))
        writer.add_tensor(f"blk.{i}.ffn_down.weight", w(N_EMBD, N_FF))
    writer.add_tensor("output_norm.weight", ones.copy())
    output = w(n_vocab, N_EMBD)
    output[:260] = 0.0  # control, byte and space-marker rows: greedy decoding picks printable characters
    writer.add_tensor("output.weight", output)

    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_tiny_gguf.py <out.gguf>")
    main(sys.argv[1])
