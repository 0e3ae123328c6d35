#!/usr/bin/env python3
"""Forwards TCP connections from LISTEN_HOST:LISTEN_PORT to TARGET_HOST:TARGET_PORT and keeps the number of bytes
moved (both ways, all connections) in COUNT_FILE, rewritten at most every half second: bench/arena-scale.sh puts it
between the workers and the server to measure the bytes a match moves over HTTP.
Usage: count-bytes.py LISTEN_HOST LISTEN_PORT TARGET_HOST TARGET_PORT COUNT_FILE"""
import asyncio
import os
import sys

listen_host, listen_port, target_host, target_port, count_file = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4]), sys.argv[5]
moved = 0


async def pipe(reader, writer):
    global moved
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
            moved += len(data)
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


async def handle(client_reader, client_writer):
    try:
        target_reader, target_writer = await asyncio.open_connection(target_host, target_port)
    except OSError:
        client_writer.close()
        return
    await asyncio.gather(pipe(client_reader, target_writer), pipe(target_reader, client_writer))


async def report():
    written = -1
    while True:
        if moved != written:
            written = moved
            with open(count_file + ".tmp", "w") as f:
                f.write(f"{written}\n")
            os.replace(count_file + ".tmp", count_file)
        await asyncio.sleep(0.5)


async def main():
    server = await asyncio.start_server(handle, listen_host, listen_port)
    async with server:
        await asyncio.gather(server.serve_forever(), report())


asyncio.run(main())
